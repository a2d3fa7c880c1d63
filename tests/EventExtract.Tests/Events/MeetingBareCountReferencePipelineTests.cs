using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "when the two meet": "the" and a count with no noun, as a verb's subject, stands for the last that many parties
/// named, even when no list names them together; and "commanders from X and Y" are parties of both countries, also when
/// the party noun opens the sentence ("Negotiators from X and Y"). Sentences
/// invented for these tests.
/// </summary>
public class MeetingBareCountReferencePipelineTests
{
    private static readonly DateOnly Published = new(2024, 3, 5);

    [Fact]
    public void The_two_who_meet_are_the_last_two_parties_named()
    {
        var meeting = ArticleBody.Events<Meeting>(
            "Prime Minister Elena Varga is expected to raise the dispute with President Tomas Horak when the two meet in Vienna next month.",
            Published).Should().ContainSingle().Subject;

        meeting.Participants.Select(p => p.Text).Should().BeEquivalentTo("Elena Varga", "Tomas Horak");
    }

    [Fact]
    public void A_count_of_more_parties_than_were_named_stays_unresolved()
    {
        var meeting = ArticleBody.Events<Meeting>(
            "President Tomas Horak said the three will meet in Vienna next month.", Published).Should().ContainSingle().Subject;

        meeting.Participants.Should().NotContain(p => p.Text == "Tomas Horak");
    }

    [Fact]
    public void Commanders_from_two_countries_who_hold_talks_give_both_countries()
    {
        var meeting = ArticleBody.Events<Meeting>(
            "Military commanders from Kenya and Uganda held a new round of talks on Monday at the border post.",
            Published).Should().ContainSingle().Subject;

        meeting.Participants.Select(p => p.CountryCode).Should().BeEquivalentTo("KE", "UG");
    }

    [Fact]
    public void Party_noun_opening_the_sentence_is_a_party_of_the_country_it_comes_from()
    {
        var meeting = ArticleBody.Events<Meeting>(
            "Negotiators from Japan and the European Union began talks in Tokyo on Monday.",
            Published).Should().ContainSingle().Subject;

        meeting.Participants.Select(p => p.CountryCode).Should().Contain("JP");
    }
}
