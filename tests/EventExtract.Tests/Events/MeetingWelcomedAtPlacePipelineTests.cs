using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// Made-up wire sentences, read by the full pipeline: welcoming a named visitor "at" or "in" a place is a host
/// receiving him, as "to" a place already was; welcoming a thing there is a reaction, no meeting. A visit "by" someone
/// "to" a place takes place there.
/// </summary>
public class MeetingWelcomedAtPlacePipelineTests
{
    private static readonly DateOnly Published = new(2026, 5, 14); // a Thursday

    private static List<Meeting> Meetings(string body) => ArticleBody.Events<Meeting>(body, Published);

    [Theory]
    [InlineData("President Emmanuel Macron welcomed Prime Minister Keir Starmer at the Elysee Palace in Paris on Friday.")]
    [InlineData("President Emmanuel Macron welcomed Prime Minister Keir Starmer in Paris on Friday.")]
    [InlineData("President Emmanuel Macron welcomed Prime Minister Keir Starmer to the port city of Marseille on Friday.")]
    public void A_named_visitor_welcomed_at_a_place_is_received(string sentence)
    {
        var meeting = Meetings(sentence).Should().ContainSingle().Subject;

        meeting.Participants.Select(p => p.Text).Should().Contain("Emmanuel Macron").And.Contain("Keir Starmer");
    }

    [Fact]
    public void A_decision_welcomed_in_a_place_is_no_meeting()
    {
        Meetings("President Emmanuel Macron welcomed the decision in Brussels on Friday.").Should().BeEmpty();
    }

    [Fact]
    public void A_visit_by_someone_to_a_country_takes_place_there()
    {
        var meeting = Meetings("It was the first visit by a Chilean head of state to Bolivia in more than ten years.").Should().ContainSingle().Subject;

        meeting.Location!.CountryCode.Should().Be("BO");
    }
}

