using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "X criticized how the meeting was handled": a definite repeat of a meeting noun whose only parties are the subject of
/// another act joins the meeting reported earlier, however far back, without that subject as a party.
/// </summary>
public class MeetingClauseSubjectRepeatPipelineTests
{
    private static readonly DateOnly Published = new(2024, 5, 1);

    [Fact]
    public void A_critic_of_the_talks_far_after_them_does_not_make_a_new_meeting()
    {
        var meeting = ArticleBody.Events<Meeting>(
            "Foreign ministers of Armenia and Azerbaijan held peace talks in Almaty on Monday.\n\n"
            + "The two sides agreed to set up a border commission, officials said.\n\n"
            + "Relief groups in the region welcomed the news and called for aid corridors to reopen.\n\n"
            + "Turkey's foreign ministry also issued a statement on the border.\n\n"
            + "Opposition leader Arman Petrosyan later criticized how the peace talks were handled.", Published)
            .Should().ContainSingle().Subject;
        meeting.Participants.Select(p => p.Text).Should().NotContain(t => t.Contains("Petrosyan"));
    }

    [Fact]
    public void A_repeated_compound_names_the_earlier_meeting_not_the_latest_with_its_head()
    {
        var meetings = ArticleBody.Events<Meeting>(
            "Envoys of Serbia and Kosovo held peace talks in Brussels on Monday.\n\n"
            + "Relief groups in the region welcomed the news.\n\n"
            + "On Tuesday, Serbian President Aleksandar Vucic and Hungarian Prime Minister Viktor Orban held closed-door talks in Budapest.\n\n"
            + "Turkey's foreign ministry also issued a statement on the border.\n\n"
            + "Opposition leader Dragan Djilas later criticized how the peace talks were handled.", Published);
        meetings.Should().HaveCount(2);
        meetings.Single(m => m.Location?.Name == "Brussels").Mentions.Should().HaveCount(2);
    }
}
