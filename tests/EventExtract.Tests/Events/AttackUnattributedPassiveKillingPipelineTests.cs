using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "Three policemen were killed in Mosul on Sunday": a passive "killed" with its dead, dated or placed, is a killing even
/// when nobody is blamed; not a bill killed in committee, nor deaths in an accident named later in the sentence.
/// </summary>
public class AttackUnattributedPassiveKillingPipelineTests
{
    private static readonly DateOnly Published = new(2024, 5, 1);

    [Theory]
    [InlineData("Three policemen were killed in Nasiriyah on Sunday.", "Three policemen")]
    [InlineData("so a local judge was killed outside his home in Basra.", "a local judge")]
    public void Passive_killing_with_its_dead_and_a_time_or_place_is_an_attack(string body, string target)
    {
        var attack = ArticleBody.Events<Attack>(body, Published).Should().ContainSingle().Subject;
        attack.Targets.Select(t => t.Text).Should().Equal(target);
    }

    [Theory]
    [InlineData("The bill was killed in committee last week.")]
    [InlineData("Nine sailors were killed off the coast of Maine when their trawler crashed into rocks last winter.")]
    public void Killing_of_no_one_or_in_an_accident_is_no_attack(string body) =>
        ArticleBody.Events<Attack>(body, Published).Should().BeEmpty();
}
