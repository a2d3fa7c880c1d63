using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "gathered in Doha for the signing ceremony": a signing or handover ceremony is a meeting of the parties at it; an
/// award ceremony is none. Sentences invented for these tests.
/// </summary>
public class SigningCeremonyPipelineTests
{
    private static readonly DateOnly Published = new(2024, 5, 14);

    [Theory]
    [InlineData("The two leaders attended a signing ceremony in Beijing on Tuesday.", "The two leaders")]
    [InlineData("Representatives of the rebels and the government gathered in Doha on Friday for the signing ceremony.", "the government")]
    public void A_signing_ceremony_is_a_meeting(string body, string party)
    {
        var meeting = ArticleBody.Events<Meeting>(body, Published).Should().ContainSingle().Subject;

        meeting.Status.Should().Be(EventStatus.Occurred);
        meeting.Participants.Select(p => p.Text).Should().Contain(party);
    }

    [Fact]
    public void An_award_ceremony_is_no_meeting()
    {
        ArticleBody.Events<Meeting>("The actress attended an award ceremony in London on Monday.", Published).Should().BeEmpty();
    }
}
