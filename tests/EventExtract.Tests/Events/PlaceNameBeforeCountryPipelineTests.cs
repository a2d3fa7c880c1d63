using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "in Capri, Italy,": a place the gazetteer lacks, set off by a comma from its country, is the event's place in that
/// country (invented sentences, whole pipeline).
/// </summary>
public class PlaceNameBeforeCountryPipelineTests
{
    private static readonly DateOnly Published = new(2024, 5, 1);

    [Fact]
    public void A_meeting_in_an_unlisted_town_of_a_named_country()
    {
        var meeting = ArticleBody.Events<Meeting>("Foreign ministers met in Capri, Italy, on Thursday.", Published).Should().ContainSingle().Subject;

        meeting.Location!.Name.Should().Be("Capri");
        meeting.Location.CountryCode.Should().Be("IT");
    }

    [Fact]
    public void An_attack_in_an_unlisted_district_of_a_named_country()
    {
        var attack = ArticleBody.Events<Attack>("A bomb exploded in Bajaur, Pakistan, on Monday.", Published).Should().ContainSingle().Subject;

        attack.Location!.Name.Should().Be("Bajaur");
        attack.Location.CountryCode.Should().Be("PK");
    }

    [Fact]
    public void A_gathering_for_talks_in_an_unlisted_town_of_a_named_country()
    {
        var meeting = ArticleBody.Events<Meeting>("Leaders gathered in Davos, Switzerland, for talks on Wednesday.", Published).Should().ContainSingle().Subject;

        meeting.Location!.Name.Should().Be("Davos");
        meeting.Location.CountryCode.Should().Be("CH");
    }
}
