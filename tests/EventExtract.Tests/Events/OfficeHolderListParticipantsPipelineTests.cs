using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "The mayor met with the police commissioner and two union leaders": office nouns (commissioner, chairman, …) are parties,
/// so a list of them after a meeting verb gives every participant. Sentences invented for these tests.
/// </summary>
public class OfficeHolderListParticipantsPipelineTests
{
    private static readonly DateOnly Published = new(2024, 5, 16);

    [Fact]
    public void A_list_opening_with_an_office_noun_gives_every_participant()
    {
        var meetings = ArticleBody.Events<Meeting>("The mayor met with the police commissioner and two union leaders on Monday.", Published);

        meetings.Should().ContainSingle().Which.Participants.Select(p => p.Text)
            .Should().BeEquivalentTo("The mayor", "the police commissioner", "two union leaders");
    }

    [Fact]
    public void A_chairman_is_a_party_to_talks()
    {
        var meetings = ArticleBody.Events<Meeting>("The governor held talks with the company's chairman on Tuesday.", Published);

        meetings.Should().ContainSingle().Which.Participants.Select(p => p.Text).Should().Contain(t => t.Contains("chairman"));
    }
}
