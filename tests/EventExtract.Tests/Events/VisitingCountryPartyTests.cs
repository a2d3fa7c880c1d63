using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "hosted a dinner for visiting U.S. senators": a country before a word for its lawmakers names a party of that
/// country, not the place visited, even after "visiting". Sentences invented for these tests.
/// </summary>
public class VisitingCountryPartyTests
{
    private static readonly DateOnly Published = new(2024, 5, 1);

    [Fact]
    public void Visiting_senators_of_a_country_are_a_party_not_a_place()
    {
        var meeting = ArticleBody.Events<Meeting>("The crown prince hosted a dinner for visiting U.S. senators on Thursday.", Published)
            .Should().ContainSingle().Subject;

        meeting.Location.Should().BeNull();
        meeting.Participants.Should().Contain(p => p.Text == "U.S. senators" && p.CountryCode == "US");
    }
}
