using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "met EU ministers in Lisbon": people of a named body, headed by a party noun, are where they met; the place is no
/// branch of a group's name ("al-Qaeda in Iraq"). Sentences invented for these tests.
/// </summary>
public class PartyNounBranchPlacePipelineTests
{
    private static readonly DateOnly Published = new(2021, 5, 28);

    [Fact]
    public void The_place_after_the_party_noun_stays_the_meetings_place()
    {
        var meeting = ArticleBody.ArticleEvents<Meeting>("Headline\n\nTsikhanouskaya met EU ministers in Lisbon on May 27.", Published)
            .Should().ContainSingle().Subject;

        meeting.Participants.Select(p => p.Text).Should().Contain("EU ministers");
        meeting.Location!.Name.Should().Be("Lisbon");
    }
}
