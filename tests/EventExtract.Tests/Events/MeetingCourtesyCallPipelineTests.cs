using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// Made-up wire sentences, read by the full pipeline: a courtesy call "on" a person, said with the noun ("paid a
/// courtesy call on King Charles"), is a meeting of the caller and the one called on.
/// </summary>
public class MeetingCourtesyCallPipelineTests
{
    private static readonly DateOnly Published = new(2026, 5, 14); // a Thursday

    [Fact]
    public void The_one_a_courtesy_call_is_paid_on_is_a_party()
    {
        var meeting = ArticleBody.Events<Meeting>("Prime Minister Taro Sato paid a courtesy call on President Anton Keller on Tuesday.", Published)
            .Should().ContainSingle().Subject;

        meeting.Participants.Select(p => p.Text).Should().Contain("Taro Sato").And.Contain("Anton Keller");
    }
}
