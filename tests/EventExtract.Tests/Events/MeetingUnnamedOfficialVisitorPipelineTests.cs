using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "The minister's visit to Paris was cancelled", "A planned visit by the Chinese premier to Berlin was postponed": an
/// official named only by the office, owning the visit or after its "by", makes the visit a meeting and takes part in
/// it, as a named visitor does. Sentences invented for these tests.
/// </summary>
public class MeetingUnnamedOfficialVisitorPipelineTests
{
    private static readonly DateOnly Published = new(2024, 5, 14);

    [Theory]
    [InlineData("The minister's visit to Paris was cancelled after the protests.", "minister")]
    [InlineData("The president's visit to Nairobi was postponed because of the floods.", "president")]
    [InlineData("The ambassador's meeting with the judge lasted an hour.", "ambassador")]
    [InlineData("The government negotiators' talks with the rebels ended on Monday.", "negotiators")]
    public void An_unnamed_official_owning_the_meeting_noun_takes_part(string body, string official)
    {
        var meeting = ArticleBody.Events<Meeting>(body, Published).Should().ContainSingle().Subject;

        meeting.Participants.Select(p => p.Text).Should().Contain(t => t.EndsWith(official));
    }

    [Theory]
    [InlineData("A planned visit by the Chinese premier to Berlin was postponed on Monday.", "premier", "Berlin")]
    [InlineData("A visit by the Indian defence minister to Tokyo was called off on Friday.", "minister", "Tokyo")]
    [InlineData("A trip by a Brazilian trade delegation to Lagos is planned for June.", "delegation", "Lagos")]
    public void A_visit_by_an_unnamed_official_to_a_place_is_a_meeting(string body, string official, string place)
    {
        var meeting = ArticleBody.Events<Meeting>(body, Published).Should().ContainSingle().Subject;

        meeting.Participants.Select(p => p.Text).Should().Contain(t => t.EndsWith(official));
        meeting.Location!.Text.Should().Be(place);
    }

    [Fact]
    public void A_visit_by_inspectors_to_a_factory_is_no_meeting()
    {
        ArticleBody.Events<Meeting>("A visit by the fire inspectors to the factory found no faults.", Published).Should().BeEmpty();
    }
}
