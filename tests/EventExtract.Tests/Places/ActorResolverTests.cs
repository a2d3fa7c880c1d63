using EventExtract.Places;
using EventExtract.Tagging;

namespace EventExtract.Tests.Places;

public class ActorResolverTests
{
    private static AnalyzedDocument Resolve(string text, params (string, EntityType)[] names) => ResolverTestHelper.Resolve(text, names);

    [Fact]
    public void Hamas_is_a_Palestinian_group_without_a_recognized_name()
    {
        var doc = Resolve("Hamas fired rockets at Israeli towns on Monday.");
        doc.Actors.Should().ContainSingle(a => a.Text == "Hamas")
            .Which.Should().Match<Actor>(a => a.Kind == ActorKind.Group && a.CountryCode == "PS");
    }

    [Fact]
    public void Recognized_organization_found_in_the_group_list_is_a_group()
    {
        var doc = Resolve("Fighters of Boko Haram attacked a village.", ("Boko Haram", EntityType.Organization));
        doc.Actors.Should().ContainSingle(a => a.Text == "Boko Haram")
            .Which.Should().Match<Actor>(a => a.Kind == ActorKind.Group && a.CountryCode == "NG");
    }

    [Fact]
    public void Transnational_groups_and_international_organizations_have_no_country()
    {
        var doc = Resolve("NATO said ISIS had lost ground, while the UN and the IMF urged calm.");
        doc.Actors.Should().Contain(a => a.Text == "NATO" && a.Kind == ActorKind.Organization && a.CountryCode == null);
        doc.Actors.Should().Contain(a => a.Text == "ISIS" && a.Kind == ActorKind.Group && a.CountryCode == null && a.Canonical == "Islamic State");
        doc.Actors.Should().Contain(a => a.Text == "UN" && a.Canonical == "United Nations");
        doc.Actors.Should().Contain(a => a.Text == "IMF" && a.Canonical == "International Monetary Fund");
    }

    [Fact]
    public void Possessive_country_before_a_role_makes_an_actor_of_that_country()
    {
        var doc = Resolve("Pakistan's foreign minister said talks would resume.");
        doc.Actors.Should().ContainSingle()
            .Which.Should().Match<Actor>(a => a.Text == "Pakistan's foreign minister" && a.Kind == ActorKind.Other && a.CountryCode == "PK");
    }

    [Fact]
    public void Possessive_country_before_a_titled_name_gives_the_person_its_country()
    {
        var doc = Resolve("Pakistan’s Foreign Minister Shah Mahmood Qureshi arrived in Kabul.", ("Shah Mahmood Qureshi", EntityType.Person));
        doc.Actors.Should().ContainSingle().Which.Should().Match<Actor>(a => a.Kind == ActorKind.Person && a.CountryCode == "PK");
        doc.Places.Should().ContainSingle().Which.CountryCode.Should().Be("AF");
    }

    [Fact]
    public void Demonym_title_gives_the_person_its_country_and_later_mentions_share_it()
    {
        var doc = Resolve("Chinese President Xi Jinping met business leaders. Later, Xi said trade would grow.",
            ("Xi Jinping", EntityType.Person), ("Xi", EntityType.Person));
        var xi = doc.Actors.Where(a => a.Kind == ActorKind.Person).ToList();
        xi.Should().HaveCount(2);
        xi.Should().OnlyContain(a => a.CountryCode == "CN" && a.Canonical == "Xi Jinping");
    }

    [Fact]
    public void Title_inside_the_recognized_name_is_trimmed()
    {
        var doc = Resolve("Russian President Vladimir Putin spoke.", ("President Vladimir Putin", EntityType.Person));
        doc.Actors.Should().ContainSingle().Which.Should().Match<Actor>(a => a.Text == "Vladimir Putin" && a.CountryCode == "RU");
    }

    [Fact]
    public void Destination_inside_a_title_does_not_give_the_person_its_country()
    {
        var doc = Resolve("The U.N. envoy to Yemen Martin Griffiths met Houthi leaders.", ("Martin Griffiths", EntityType.Person));
        doc.Actors.Should().Contain(a => a.Text == "Martin Griffiths" && a.CountryCode == null);
    }

    [Fact]
    public void Kremlin_and_White_House_stand_for_their_governments()
    {
        var doc = Resolve("The Kremlin rejected the claim, and the White House did not comment.");
        doc.Actors.Should().Contain(a => a.Text == "Kremlin" && a.Kind == ActorKind.Country && a.CountryCode == "RU" && a.Canonical == "Russia");
        doc.Actors.Should().Contain(a => a.Text == "White House" && a.CountryCode == "US" && a.Canonical == "United States");
    }

    [Fact]
    public void Aliases_share_the_canonical_country_name()
    {
        var doc = Resolve("Britain and the UK government both denied it; the U.K. later agreed with the USA.");
        doc.Actors.Where(a => a.CountryCode == "GB").Should().HaveCount(3).And.OnlyContain(a => a.Canonical == "United Kingdom");
        doc.Actors.Should().Contain(a => a.Text == "USA" && a.Canonical == "United States");
    }

    [Fact]
    public void Lowercase_common_words_are_not_countries()
    {
        var doc = Resolve("They served turkey on fine china in the new jordan room.");
        doc.Actors.Should().BeEmpty();
        doc.Places.Should().BeEmpty();
    }

    [Fact]
    public void Country_names_inside_person_names_are_not_countries()
    {
        var doc = Resolve("Chad Smith met Jordan Henderson in Liverpool.", ("Chad Smith", EntityType.Person), ("Jordan Henderson", EntityType.Person));
        doc.Actors.Should().HaveCount(2).And.OnlyContain(a => a.Kind == ActorKind.Person && a.CountryCode == null);
        doc.Places.Should().ContainSingle().Which.CountryCode.Should().Be("GB");
    }

    [Fact]
    public void Same_named_city_prefers_a_country_the_article_mentions()
    {
        var alone = Resolve("Protesters gathered in Hyderabad on Sunday.");
        alone.Places.Should().ContainSingle().Which.GeoNamesId.Should().Be(1269843); // India's, the most populous

        var pakistani = Resolve("Protesters gathered in Hyderabad on Sunday, Pakistani police said.");
        pakistani.Places.Should().ContainSingle().Which.Should().Match<Place>(p => p.GeoNamesId == 1176734 && p.CountryCode == "PK");
    }

    [Fact]
    public void Capital_wins_unless_the_article_points_elsewhere()
    {
        Resolve("Clashes broke out in Tripoli.").Places.Should().ContainSingle().Which.CountryCode.Should().Be("LY");
        Resolve("Clashes broke out in Tripoli, Lebanese officials said.").Places.Should().ContainSingle().Which.CountryCode.Should().Be("LB");
    }

    [Fact]
    public void Small_city_needs_a_cue_or_a_recognized_location()
    {
        Resolve("Kandahar is calm.").Places.Should().BeEmpty();
        Resolve("Fighting was reported near Kandahar.").Places.Should().ContainSingle().Which.CountryCode.Should().Be("AF");
        Resolve("Kandahar is calm.", ("Kandahar", EntityType.Location)).Places.Should().ContainSingle().Which.GeoNamesId.Should().NotBeNull();
    }

    [Fact]
    public void Unknown_recognized_location_is_a_place_without_country()
    {
        var doc = Resolve("Troops moved into Zzyzxland overnight.", ("Zzyzxland", EntityType.Location));
        doc.Places.Should().ContainSingle().Which.Should().Match<Place>(p => p.Name == "Zzyzxland" && p.CountryCode == null && p.GeoNamesId == null);
    }

    [Fact]
    public void Plural_demonyms_are_national_parties()
    {
        var doc = Resolve("Afghans and Americans watched the talks.");
        doc.Actors.Should().Contain(a => a.Text == "Afghans" && a.Kind == ActorKind.Other && a.CountryCode == "AF");
        doc.Actors.Should().Contain(a => a.Text == "Americans" && a.CountryCode == "US");
    }

    [Fact]
    public void Country_after_a_place_cue_is_a_place_not_an_actor()
    {
        var doc = Resolve("Iran threatened Israel. Inflation rose in Iran.");
        doc.Actors.Should().HaveCount(2).And.OnlyContain(a => a.Kind == ActorKind.Country);
        doc.Places.Should().ContainSingle().Which.Should().Match<Place>(p => p.IsCountry && p.CountryCode == "IR");
    }
}
