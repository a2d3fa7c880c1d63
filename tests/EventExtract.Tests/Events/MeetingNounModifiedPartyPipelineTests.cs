using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "the oil ministers of Saudi Arabia, Kuwait and Iraq", "met the defense ministers of Britain and France": a lowercase
/// noun modifying a party phrase neither hides the party nor makes the one met a thing. Sentences invented for these tests.
/// </summary>
public class MeetingNounModifiedPartyPipelineTests
{
    private static readonly DateOnly Published = new(1998, 5, 4);

    [Fact]
    public void The_parties_of_a_meeting_of_modified_envoys_are_read()
    {
        var meeting = ArticleBody.Events<Meeting>("A meeting of the oil ministers of Egypt, Jordan and Syria ended in Cairo on Sunday.", Published)
            .Should().ContainSingle().Subject;

        meeting.Participants.Select(p => p.Text).Should().Contain("Jordan").And.Contain("Syria");
    }

    [Fact]
    public void Modified_envoys_met_are_parties_not_a_thing()
    {
        var meeting = ArticleBody.Events<Meeting>("Kofi Annan met the defense ministers of Britain and France in New York on Monday.", Published)
            .Should().ContainSingle().Subject;

        meeting.Participants.Select(p => p.Text).Should().Contain("Kofi Annan").And.Contain("France");
    }

    [Fact]
    public void A_target_met_is_still_no_meeting() =>
        ArticleBody.Events<Meeting>("The company met the sales target for the third quarter.", Published).Should().BeEmpty();
}
