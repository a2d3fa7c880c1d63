using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "The king welcomed the visiting French president": welcoming a party's envoy, with no place named, is a host
/// receiving a visitor, not a statement; welcoming what an envoy did stays a statement. Sentences invented for these tests.
/// </summary>
public class WelcomingVisitorTests
{
    private static readonly DateOnly Published = new(2024, 5, 1);

    [Theory]
    [InlineData("The king welcomed the visiting French president on Monday.")]
    [InlineData("The governor welcomed the delegation on Monday.")]
    public void Welcoming_an_envoy_is_a_meeting_not_a_statement(string text)
    {
        var events = ArticleBody.Events<ExtractedEvent>(text, Published);

        events.OfType<Statement>().Should().BeEmpty();
        events.OfType<Meeting>().Should().ContainSingle();
    }

    [Fact]
    public void Welcoming_an_envoys_decision_stays_a_statement()
    {
        var events = ArticleBody.Events<ExtractedEvent>("The opposition welcomed the president's decision on Monday.", Published);

        events.OfType<Statement>().Should().ContainSingle();
        events.OfType<Meeting>().Should().BeEmpty();
    }
}
