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

    [Theory]
    [InlineData("It was the first visit by a Chilean head of state to Peru in a decade.", "Chilean head of state", "CL")]
    [InlineData("The Chilean head of government arrived on Monday.", "Chilean head of government", "CL")]
    public void A_head_of_state_keeps_its_of_phrase(string text, string actor, string code)
    {
        var doc = Resolve(text);
        doc.Actors.Should().Contain(a => a.Text == actor && a.CountryCode == code);
    }

    [Fact]
    public void An_organization_name_ending_in_and_a_country_is_split_from_the_country()
    {
        var doc = Resolve("Negotiators from the European Union and Britain began talks.", ("European Union and Britain", EntityType.Organization));
        doc.Actors.Should().Contain(a => a.Text == "European Union" && a.Kind == ActorKind.Organization);
        doc.Actors.Should().Contain(a => a.Text == "Britain" && a.Kind == ActorKind.Country && a.CountryCode == "GB");
    }

    [Fact]
    public void A_country_name_with_and_in_it_stays_whole()
    {
        var doc = Resolve("Officials from Bosnia and Herzegovina arrived.", ("Bosnia and Herzegovina", EntityType.Location));
        doc.Places.Select(p => p.Text).Concat(doc.Actors.Select(a => a.Text)).Should().Contain("Bosnia and Herzegovina");
    }

    [Fact]
    public void The_capital_after_a_demonym_is_that_countrys_capital_city()
    {
        var doc = Resolve("A bomb exploded at a police station in the Somali capital on Sunday.");
        doc.Places.Should().ContainSingle().Which.Should().Match<Place>(p => p.Name == "Mogadishu" && p.CountryCode == "SO" && p.GeoNamesId != null);
    }

    [Fact]
    public void A_capital_named_after_the_noun_is_left_to_its_name()
    {
        var doc = Resolve("A bomb exploded in the Afghan capital Kabul on Sunday.");
        doc.Places.Should().NotContain(p => p.Text.Contains("capital"));
    }

    [Fact]
    public void A_dateline_city_the_recognizer_took_for_an_organization_is_a_place()
    {
        var doc = Resolve("NAIROBI, March 3 (Wire) - Gunmen attacked a bus on Tuesday.", ("NAIROBI", EntityType.Organization));
        doc.Actors.Should().NotContain(a => a.Text == "NAIROBI");
        doc.Places.Should().ContainSingle(p => p.Text == "NAIROBI").Which.CountryCode.Should().Be("KE");
    }

    [Fact]
    public void A_city_written_in_capitals_in_a_dateline_is_found_in_the_gazetteer()
    {
        var doc = Resolve("NAIROBI (Wire) - Gunmen attacked a bus on Tuesday.", ("NAIROBI", EntityType.Location));
        doc.Places.Should().ContainSingle().Which.Should().Match<Place>(p => p.Text == "NAIROBI" && p.CountryCode == "KE" && p.GeoNamesId != null);
    }

    [Theory]
    [InlineData("Argentina's foreign ministry confirmed the deal.", "Argentina's foreign ministry", ActorKind.Organization)]
    [InlineData("Argentina's air force confirmed the deal.", "Argentina's air force", ActorKind.Organization)]
    [InlineData("Argentina's government confirmed the deal.", "Argentina's government", ActorKind.Country)]
    public void A_possessive_country_before_a_state_body_makes_an_organization_of_that_country_and_before_its_government_the_country(
        string text, string actor, ActorKind kind)
    {
        var doc = Resolve(text);
        doc.Actors.Should().ContainSingle()
            .Which.Should().Match<Actor>(a => a.Text == actor && a.Kind == kind && a.CountryCode == "AR");
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

    [Fact]
    public void Possessive_country_before_a_place_noun_after_in_is_a_place()
    {
        var doc = Resolve("A bomb exploded in Afghanistan's capital of Kabul. Afghanistan's leaders condemned it.");
        doc.Places.Select(p => p.Text).Should().Equal("Afghanistan", "Kabul");
        doc.Actors.Should().ContainSingle().Which.Should().Match<Actor>(a => a.Text == "Afghanistan's leaders" && a.CountryCode == "AF");
    }

    [Fact]
    public void Capital_opening_an_unrecognized_longer_name_is_neither_actor_nor_place()
    {
        var doc = Resolve("A report by the Warsaw Institute said Moscow Tuesday rejected the plan.");
        doc.Actors.Should().ContainSingle().Which.Should().Match<Actor>(a => a.Text == "Moscow" && a.CountryCode == "RU");
        doc.Places.Should().BeEmpty();
    }

    [Fact]
    public void Headline_capitals_still_count()
    {
        var doc = Resolve("Moscow Renews Push For Afghan Talks");
        doc.Actors.Should().ContainSingle().Which.CountryCode.Should().Be("RU");
    }

    [Fact]
    public void All_capitals_text_does_not_make_US_a_country()
    {
        Resolve("THEY TOLD US NOTHING ABOUT THE PLAN").Actors.Should().BeEmpty();
        Resolve("The US said nothing.").Actors.Should().ContainSingle().Which.CountryCode.Should().Be("US");
    }

    [Fact]
    public void Government_noun_after_a_demonym_is_a_country_actor_and_title_after_a_capital_gives_the_country()
    {
        var doc = Resolve("Moscow Mayor Sergei Sobyanin met the Iranian government.", ("Sergei Sobyanin", EntityType.Person));
        doc.Actors.Should().Contain(a => a.Text == "Sergei Sobyanin" && a.CountryCode == "RU");
        doc.Actors.Should().Contain(a => a.Text == "Iranian government" && a.Kind == ActorKind.Country && a.Canonical == "Iran");
        doc.Actors.Should().HaveCount(2);
    }

    [Fact]
    public void Resolving_in_parallel_gives_the_same_result()
    {
        string text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "data", "warsaw-institute-2019-10-29.txt"));
        var expected = ResolverTestHelper.Resolve(text, Array.Empty<(string, EntityType)>()).Actors;
        var results = new IReadOnlyList<Actor>[8];
        Parallel.For(0, results.Length, i => results[i] = ResolverTestHelper.Resolve(text, Array.Empty<(string, EntityType)>()).Actors);
        results.Should().OnlyContain(r => r.SequenceEqual(expected));
    }

    [Fact]
    public void Organization_takes_the_country_written_before_or_inside_it()
    {
        var doc = Resolve("The Russian Foreign Ministry and the Bank of China disagreed with Reuters.",
            ("Foreign Ministry", EntityType.Organization), ("Bank of China", EntityType.Organization), ("Reuters", EntityType.Organization));
        doc.Actors.Should().Contain(a => a.Text == "Foreign Ministry" && a.Kind == ActorKind.Organization && a.CountryCode == "RU");
        doc.Actors.Should().Contain(a => a.Text == "Bank of China" && a.CountryCode == "CN");
        doc.Actors.Should().Contain(a => a.Text == "Reuters" && a.CountryCode == null);
        doc.Actors.Should().HaveCount(3);
    }

    [Fact]
    public void Apposition_with_a_title_or_an_of_phrase_gives_the_person_its_country()
    {
        var doc = Resolve("Zalmay Khalilzad, the U.S. special envoy, met Xi Jinping of China and Ahmed Ali, a lawyer.",
            ("Zalmay Khalilzad", EntityType.Person), ("Xi Jinping", EntityType.Person), ("Ahmed Ali", EntityType.Person));
        doc.Actors.Should().Contain(a => a.Text == "Zalmay Khalilzad" && a.CountryCode == "US");
        doc.Actors.Should().Contain(a => a.Text == "Xi Jinping" && a.CountryCode == "CN");
        doc.Actors.Should().Contain(a => a.Text == "Ahmed Ali" && a.CountryCode == null);
        doc.Actors.Should().NotContain(a => a.Text.StartsWith("U.S.", StringComparison.Ordinal), "the apposition is the person");
    }

    [Fact]
    public void Countries_tagged_as_locations_or_organizations_follow_the_context_rules()
    {
        var doc = Resolve("Moscow is renewing efforts, Russia said, as fighting raged in Kabul province and in Iran.",
            ("Moscow", EntityType.Location), ("Russia", EntityType.Organization), ("Kabul province", EntityType.Location), ("Iran", EntityType.Location));
        doc.Actors.Select(a => (a.Text, a.Kind, a.CountryCode)).Should().Equal(("Moscow", ActorKind.Country, "RU"), ("Russia", ActorKind.Country, "RU"));
        doc.Places.Select(p => (p.Text, p.CountryCode)).Should().Equal(("Kabul", "AF"), ("Iran", "IR"));
    }

    [Fact]
    public void Regions_are_places_and_hide_the_countries_inside_their_names()
    {
        var doc = Resolve("Exports to Latin America grew while America cut aid to the West Bank.");
        doc.Actors.Should().ContainSingle().Which.Should().Match<Actor>(a => a.Text == "America" && a.CountryCode == "US");
        doc.Places.Select(p => (p.Text, p.CountryCode)).Should().Equal(("Latin America", null), ("West Bank", "PS"));
    }
}
