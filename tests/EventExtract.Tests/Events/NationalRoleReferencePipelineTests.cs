using EventExtract.Events;
using EventExtract.Places;

namespace EventExtract.Tests.Events;

/// <summary>"The Indian leader" and "the Chilean president" stand for the person of that country named before.</summary>
public class NationalRoleReferencePipelineTests
{
    private static readonly DateOnly Published = new(2025, 11, 19);

    [Fact]
    public void A_national_role_later_in_the_article_is_the_person_named_before()
    {
        var meetings = ArticleBody.Events<Meeting>(
            "Indian Prime Minister Narendra Modi and Australian Prime Minister Anthony Albanese held talks in Canberra on Tuesday.\n\n"
            + "Modi arrived on Monday.\n\nThe Indian leader later met business executives in Sydney.", Published);
        var sydney = meetings.Should().ContainSingle(m => m.Location != null && m.Location.Name == "Sydney").Subject;
        sydney.Participants.Should().Contain(p => p.Canonical == "Narendra Modi");
    }

    [Fact]
    public void A_national_role_speaking_is_the_person_of_that_country_not_the_last_person_named()
    {
        var statement = ArticleBody.ArticleEvents<Statement>(
            "Headline\n\nChilean President Gabriel Boric met Peruvian President Dina Boluarte in Lima on Friday.\n\n"
            + "The Chilean president said the border would stay open.", Published)
            .Should().ContainSingle().Subject;
        var speaker = statement.Speakers.Should().ContainSingle().Subject;
        speaker.Canonical.Should().Be("Gabriel Boric");
        speaker.Text.Should().Be("Chilean president");
    }

    [Fact]
    public void A_titled_name_the_recognizer_took_for_an_organization_is_a_person_of_the_title_country()
    {
        var doc = ArticleBody.Extractor.Analyze(
            "CANBERRA, Nov. 19 — Indian Prime Minister Narendra Modi and his Australian counterpart Anthony Albanese held talks in Canberra on Tuesday.");
        doc.Actors.Should().Contain(a => a.Text == "Narendra Modi" && a.Kind == ActorKind.Person && a.CountryCode == "IN");
    }
}
