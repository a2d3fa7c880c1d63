using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "Also on Friday, the foreign minister said the talks had failed": a fronted date dates the saying after it, not an
/// event in what the saying reports. Sentences invented for these tests.
/// </summary>
public class DateFrontedSayingPipelineTests
{
    // A Tuesday.
    private static readonly DateOnly Published = new(2024, 5, 14);

    private static T WithTrigger<T>(string body, string trigger) where T : ExtractedEvent =>
        ArticleBody.Events<T>(body, Published).Should().ContainSingle(e => e.Mentions.Any(m => m.Trigger.Text.Contains(trigger))).Subject;

    [Theory]
    [InlineData("Also on Friday, the foreign minister said the talks had failed.")]
    [InlineData("On Friday, the foreign minister said that the talks had failed.")]
    public void The_reported_talks_take_no_date_of_the_saying(string body)
    {
        WithTrigger<Statement>(body, "said").Date!.Value.Should().Be("2024-05-10");
        WithTrigger<Meeting>(body, "talks").Date.Should().BeNull();
    }

    [Fact]
    public void A_fronted_date_still_dates_the_event_of_a_main_clause()
    {
        const string body = "On Friday, the two foreign ministers held talks in Vienna.";

        WithTrigger<Meeting>(body, "talks").Date!.Value.Should().Be("2024-05-10");
    }
}
