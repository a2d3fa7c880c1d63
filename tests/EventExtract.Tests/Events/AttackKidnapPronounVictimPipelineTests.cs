using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "Rebels killed a village chief after kidnapping him in Tessalit", "Gunmen abducted a judge and shot him dead in
/// Gao": the kidnapping and the other act stay two attacks, the pronoun after the second verb is the first act's victim,
/// and the place said of one is where the other happened too. Sentences invented for these tests.
/// </summary>
public class AttackKidnapPronounVictimPipelineTests
{
    private static readonly DateOnly Published = new(2024, 5, 1);

    [Theory]
    [InlineData("Rebels killed a village chief after kidnapping him in Tessalit.", "village chief", "Tessalit")]
    [InlineData("Gunmen abducted a judge and shot him dead in Gao.", "judge", "Gao")]
    [InlineData("Insurgents kidnapped two engineers in Basra and later beheaded them.", "engineers", "Basra")]
    public void Both_attacks_have_the_victim_and_the_place(string body, string victim, string place)
    {
        var attacks = ArticleBody.Events<Attack>(body, Published);

        attacks.Should().HaveCount(2);
        attacks.Should().AllSatisfy(a =>
        {
            a.Targets.Should().Contain(t => t.Text.Contains(victim));
            a.Location.Should().NotBeNull();
            a.Location!.Text.Should().Be(place);
        });
    }
}
