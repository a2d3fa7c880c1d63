using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "The plan was drafted by envoy Lars Dahl, who met Anna Berg on Monday": a named person set off by a comma before
/// "who" is the relative clause's subject even as the object of a preposition; not after "of" ("the son of X, who"),
/// where the head before "of" may be meant. Sentences invented for these tests.
/// </summary>
public class MeetingRelativeAfterPrepositionPipelineTests
{
    private static readonly DateOnly Published = new(2024, 5, 1);

    [Theory]
    [InlineData("The plan was drafted by Norwegian envoy Lars Dahl, who met President Anna Berg in Oslo on Monday.")]
    [InlineData("The proposal came from Norwegian envoy Lars Dahl, who held talks with President Anna Berg on Monday.")]
    public void The_named_object_before_who_is_a_participant(string body)
    {
        var meeting = ArticleBody.Events<Meeting>(body, Published).Should().ContainSingle().Subject;

        meeting.Participants.Select(p => p.Text).Should().Contain("Lars Dahl").And.Contain(t => t.Contains("Anna Berg"));
    }

    [Fact]
    public void A_name_after_of_is_not_taken_for_the_relative_subject()
    {
        var meeting = ArticleBody.Events<Meeting>("The letter was signed by the son of Lars Dahl, who met President Anna Berg last year.", Published)
            .Should().ContainSingle().Subject;

        meeting.Participants.Select(p => p.Text).Should().NotContain("Lars Dahl");
    }
}
