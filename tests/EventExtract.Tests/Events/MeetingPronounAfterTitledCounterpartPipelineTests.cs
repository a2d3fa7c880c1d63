using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "Annan arrived for talks with President Saddam Hussein. He met …": "he" goes on from the visitor, not from the titled
/// counterpart met "with" (whose title the recognizer left apart), nor from the one he met in the sentence before.
/// Sentences invented for these tests.
/// </summary>
public class MeetingPronounAfterTitledCounterpartPipelineTests
{
    private static readonly DateOnly Published = new(1998, 2, 22);

    private const string Story =
        "U.N. envoy Lakhdar Brahimi arrived in Kabul on Friday for talks with President Hamid Karzai on the election.\n\n"
        + "He met Foreign Minister Abdullah Abdullah on Saturday.\n\n"
        + "He is expected to meet Karzai again on Sunday.";

    [Fact]
    public void He_is_the_visitor_not_the_counterpart_of_the_talks() =>
        ArticleBody.Events<Meeting>(Story, Published).Should().Contain(m => m.Trigger.Text == "met")
            .Which.Participants.Select(p => p.Text).Should().Contain("Lakhdar Brahimi").And.NotContain(p => p.Contains("Karzai"));

    [Fact]
    public void He_is_not_the_one_he_met_the_day_before() =>
        ArticleBody.Events<Meeting>(Story, Published).Should().Contain(m => m.Trigger.Text == "meet")
            .Which.Participants.Select(p => p.Text).Should().Contain("Lakhdar Brahimi").And.NotContain("Abdullah Abdullah");
}
