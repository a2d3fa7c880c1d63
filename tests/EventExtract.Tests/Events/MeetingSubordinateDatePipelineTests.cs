using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>A date inside a "since …" clause after a meeting noun dates that clause, not the meeting (made-up sentences, whole pipeline).</summary>
public class MeetingSubordinateDatePipelineTests
{
    [Fact]
    public void The_talks_the_first_since_a_truce_collapsed_last_month_are_the_talks_told_before() =>
        ArticleBody.Events<Meeting>(
            "Qatari mediators hosted ceasefire talks in Doha on Sunday.\n\nThe talks, the first since a truce collapsed last month, are expected to continue on Monday, officials said.",
            new DateOnly(2023, 4, 10))
            .Should().ContainSingle().Which.Date!.Value.Should().Be("2023-04-09");
}
