using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>Who reports a meeting "of" others is no party to it (made-up sentences, whole pipeline).</summary>
public class ReportedMeetingOfOthersPipelineTests
{
    [Fact]
    public void Diplomats_reporting_a_summit_of_a_union_are_not_its_participants() =>
        ArticleBody.Events<Meeting>(
            "Diplomats said a summit of the African Union could be held in Nairobi later this month.",
            new DateOnly(2023, 5, 6))
            .Should().ContainSingle().Which.Participants.Select(a => a.Text).Should().NotContain("Diplomats");
}
