using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "The militants came back at night. They began shooting at the police station": a pronoun before a verb of starting or
/// going on is the subject of the -ing attack verb after it, and stands for the party named before.
/// </summary>
public class AttackAspectualPronounSubjectPipelineTests
{
    private static readonly DateOnly Published = new(2024, 5, 1);

    [Theory]
    [InlineData("The militants came back at night. They began shooting at the police station.", "The militants")]
    [InlineData("The rebels regrouped in the hills. they kept firing at the convoy for an hour.", "The rebels")]
    public void Pronoun_before_a_verb_of_starting_is_the_attacker(string body, string attacker)
    {
        var attack = ArticleBody.Events<Attack>(body, Published).Should().ContainSingle().Subject;
        attack.Attackers.Select(a => a.Text).Should().Equal(attacker);
    }
}
