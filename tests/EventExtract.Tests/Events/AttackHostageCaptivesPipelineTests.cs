using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "took 30 people hostage": a form of "take" with its captives between it and "hostage" is a hostage-taking, whose
/// captives are the target (without "hostage"); "taking Kuwaiti hostages" (the word heads the object) and a question
/// put are none. Sentences invented for these tests.
/// </summary>
public class AttackHostageCaptivesPipelineTests
{
    private static readonly DateOnly Published = new(2024, 5, 14);
    private static List<Attack> Attacks(string body) => ArticleBody.Events<Attack>(body, Published);

    [Theory]
    [InlineData("Gunmen took 30 people hostage at a church in Dorava on Monday, police said.", "30 people")]
    [InlineData("Rebel fighters had taken two foreign aid workers hostage near Tal Harb last week.", "two foreign aid workers")]
    [InlineData("Militants took dozens of villagers hostage in Wadi Sera on Sunday, the army said.", "dozens of villagers")]
    public void Captives_between_take_and_hostage_make_a_hostage_taking(string body, string captives)
    {
        var attack = Attacks(body).Should().ContainSingle().Subject;

        attack.Targets.Select(t => t.Text).Should().Equal(captives);
    }

    [Theory]
    [InlineData("There are signs that the regime is taking foreign hostages, the minister said.")]
    [InlineData("Would you storm a church if terrorists took the priests hostage?")]
    public void A_hostage_noun_object_or_a_question_is_no_hostage_taking(string body)
    {
        Attacks(body).Should().BeEmpty();
    }
}
