using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// A vague past expression ("recently", "a few days ago") is the time expression that dates its event, with the TIMEX3
/// value PAST_REF (event-schema.md); a vague present or future one ("now", "soon") still dates nothing. Sentences
/// invented for these tests.
/// </summary>
public class DateVaguePastPipelineTests
{
    // A Wednesday.
    private static readonly DateOnly Published = new(2024, 5, 1);

    private static T WithTrigger<T>(string body, string trigger) where T : ExtractedEvent =>
        ArticleBody.Events<T>(body, Published).Should().ContainSingle(e => e.Mentions.Any(m => m.Trigger.Text == trigger)).Subject;

    [Fact]
    public void Said_recently_is_dated_in_the_past()
    {
        WithTrigger<Statement>("The minister said recently that the border would stay closed.", "said").Date!.Value.Should().Be("PAST_REF");
    }

    [Fact]
    public void Met_recently_is_dated_in_the_past()
    {
        WithTrigger<Meeting>("The envoy met rebel leaders recently in Doha.", "met").Date!.Value.Should().Be("PAST_REF");
    }

    [Fact]
    public void A_few_days_ago_dates_an_attack_in_the_past()
    {
        WithTrigger<Attack>("Two soldiers were killed a few days ago in an ambush near the border.", "killed").Date!.Value.Should().Be("PAST_REF");
    }

    [Fact]
    public void Soon_dates_nothing()
    {
        WithTrigger<Statement>("The minister said the border would soon reopen.", "said").Date.Should().BeNull();
    }
}
