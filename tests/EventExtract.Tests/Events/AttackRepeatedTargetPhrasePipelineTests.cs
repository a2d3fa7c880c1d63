using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// Two mentions of one attack that name the same unnamed target, once with a count and once with an article ("two
/// police stations", "the police stations"), give the attack one target. Sentences invented for these tests.
/// </summary>
public class AttackRepeatedTargetPhrasePipelineTests
{
    private static readonly DateOnly Published = new(2024, 3, 6);

    [Fact]
    public void A_target_phrase_repeated_past_its_count_is_listed_once()
    {
        var attack = ArticleBody.Events<Attack>(
            "Bombs exploded outside two police stations in Tal Harb on Monday, killing six officers, officials said.\n\n"
            + "The bombings of the police stations were the deadliest in the province this year, the governor said.", Published)
            .Should().ContainSingle().Subject;

        attack.Targets.Should().ContainSingle();
    }
}
