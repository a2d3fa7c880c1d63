using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// A date that premodifies a trigger noun after its determiner ("the Jan. 5 bombing", "the 2019 attack") dates that
/// event, not a reporting or condemning verb just as near before it. Sentences invented for these tests.
/// </summary>
public class DatePremodifiedTriggerNounPipelineTests
{
    // A Wednesday.
    private static readonly DateOnly Published = new(2024, 5, 1);

    private static T WithTrigger<T>(string body, string trigger) where T : ExtractedEvent =>
        ArticleBody.Events<T>(body, Published).Should().ContainSingle(e => e.Mentions.Any(m => m.Trigger.Text == trigger)).Subject;

    [Theory]
    [InlineData("Police said the Jan. 5 bombing was carried out by two men.", "said", "bombing", "2024-01-05")]
    [InlineData("The minister condemned the Jan. 5 attack.", "condemned", "attack", "2024-01-05")]
    [InlineData("Officials said the 2019 attack on the embassy killed 12 people.", "said", "attack", "2019")]
    public void The_date_goes_to_the_attack_it_modifies(string body, string verb, string noun, string value)
    {
        WithTrigger<Attack>(body, noun).Date!.Value.Should().Be(value);
        WithTrigger<Statement>(body, verb).Date.Should().BeNull();
    }

    [Fact]
    public void The_date_goes_to_the_meeting_it_modifies()
    {
        const string body = "The envoy said the Jan. 5 meeting with the rebels went well.";

        WithTrigger<Meeting>(body, "meeting").Date!.Value.Should().Be("2024-01-05");
        WithTrigger<Statement>(body, "said").Date.Should().BeNull();
    }
}
