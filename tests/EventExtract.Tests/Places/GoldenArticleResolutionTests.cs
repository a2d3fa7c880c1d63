using EventExtract.Places;
using EventExtract.Tagging;
using EventExtract.Text;

namespace EventExtract.Tests.Places;

/// <summary>
/// The golden article: person and organization names are marked by hand as the recognizer would; countries,
/// capitals, groups and demonyms must come from the gazetteer lookup.
/// </summary>
public class GoldenArticleResolutionTests
{
    private static readonly (string, EntityType)[] Names =
    {
        ("Zalmay Khalilzad", EntityType.Person),
        ("Khalilzad", EntityType.Person),
        ("Donald Trump", EntityType.Person),
        ("Warsaw Institute", EntityType.Organization),
    };

    private static string GoldenText => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "data", "warsaw-institute-2019-10-29.txt"));

    /// <summary>Stands in for the article reader, which marks page furniture (built in parallel).</summary>
    private static ParagraphRole? Roles(string paragraph) =>
        paragraph.StartsWith("Date:", StringComparison.Ordinal) ? ParagraphRole.Header
        : paragraph.StartsWith("Friend or Foe", StringComparison.Ordinal) ? ParagraphRole.Title
        : paragraph is "Support Us" or "Related posts" || paragraph.StartsWith("If content prepared", StringComparison.Ordinal)
          || paragraph.StartsWith("All texts published", StringComparison.Ordinal) ? ParagraphRole.Boilerplate
        : null;

    private static AnalyzedDocument Analyze(ITokenizer? tokenizer = null, ActorResolver? resolver = null) =>
        ResolverTestHelper.Resolve(GoldenText, Names, Roles, tokenizer, resolver);

    [Fact]
    public void Khalilzad_is_a_US_person_under_one_canonical_name()
    {
        var doc = Analyze();
        var mentions = doc.Actors.Where(a => a.Text.Contains("Khalilzad", StringComparison.Ordinal)).ToList();
        mentions.Should().HaveCount(3);
        mentions.Should().OnlyContain(a => a.Kind == ActorKind.Person && a.CountryCode == "US" && a.Canonical == "Zalmay Khalilzad");
    }

    [Fact]
    public void Trump_is_a_US_person()
    {
        var trump = Analyze().Actors.Should().ContainSingle(a => a.Text == "Donald Trump").Subject;
        trump.Kind.Should().Be(ActorKind.Person);
        trump.CountryCode.Should().Be("US");
    }

    [Fact]
    public void Taliban_mentions_are_an_Afghan_group()
    {
        var taliban = Analyze().Actors.Where(a => a.Text.Contains("Taliban", StringComparison.Ordinal)).ToList();
        taliban.Should().HaveCountGreaterThanOrEqualTo(5);
        taliban.Should().OnlyContain(a => a.Kind == ActorKind.Group && a.CountryCode == "AF" && a.Canonical == "Taliban");
    }

    [Theory]
    [InlineData("Russia", "RU", "Russia")]
    [InlineData("Moscow", "RU", "Russia")]
    [InlineData("China", "CN", "China")]
    [InlineData("Beijing", "CN", "China")]
    [InlineData("Pakistan", "PK", "Pakistan")]
    [InlineData("United States", "US", "United States")]
    [InlineData("Washington", "US", "United States")]
    [InlineData("U.S.", "US", "United States")]
    public void Countries_and_capitals_used_as_governments_are_country_actors(string written, string code, string canonical)
    {
        var doc = Analyze();
        doc.Actors.Should().Contain(a => a.Text == written && a.Kind == ActorKind.Country && a.CountryCode == code && a.Canonical == canonical);
        doc.Actors.Where(a => a.Text == written).Should().OnlyContain(a => a.CountryCode == code);
    }

    [Fact]
    public void Moscow_as_subject_is_the_Russian_government()
    {
        var doc = Analyze();
        int first = doc.Text.IndexOf("Moscow is renewing", StringComparison.Ordinal);
        doc.Actors.Should().ContainSingle(a => a.Span.Start == first)
            .Which.Should().Match<Actor>(a => a.Kind == ActorKind.Country && a.CountryCode == "RU");
    }

    [Fact]
    public void Locations_after_in_and_visited_are_places_with_coordinates()
    {
        var doc = Analyze();
        int beijing = doc.Text.IndexOf("meeting in Beijing", StringComparison.Ordinal) + "meeting in ".Length;
        var place = doc.Places.Should().ContainSingle(p => p.Span.Start == beijing).Subject;
        place.CountryCode.Should().Be("CN");
        place.GeoNamesId.Should().Be(1816670);
        place.Latitude.Should().BeApproximately(39.9, 0.1);

        int kabul = doc.Text.IndexOf("Kabul", StringComparison.Ordinal);
        doc.Places.Should().ContainSingle(p => p.Span.Start == kabul).Which.GeoNamesId.Should().Be(1138958);

        int inAfghanistan = doc.Text.IndexOf("In Afghanistan", StringComparison.Ordinal) + 3;
        doc.Places.Should().ContainSingle(p => p.Span.Start == inAfghanistan)
            .Which.Should().Match<Place>(p => p.IsCountry && p.CountryCode == "AF" && p.Name == "Afghanistan");
        doc.Actors.Should().NotContain(a => a.Span.Start == inAfghanistan);

        int visited = doc.Text.IndexOf("visited Moscow", StringComparison.Ordinal) + "visited ".Length;
        doc.Places.Should().ContainSingle(p => p.Span.Start == visited).Which.GeoNamesId.Should().Be(524901);
    }

    [Fact]
    public void Demonyms_and_role_nouns_make_national_parties()
    {
        var doc = Analyze();
        doc.Actors.Should().Contain(a => a.Text == "Russian hosts" && a.Kind == ActorKind.Other && a.CountryCode == "RU");
        doc.Actors.Should().Contain(a => a.Text == "counterparts from China" && a.CountryCode == "CN");
        doc.Actors.Should().Contain(a => a.Text == "Afghan officials" && a.CountryCode == "AF");
        doc.Actors.Should().Contain(a => a.Text == "Afghan government" && a.Kind == ActorKind.Country && a.CountryCode == "AF");
        doc.Actors.Should().Contain(a => a.Text == "American counterparts" && a.CountryCode == "US");
        doc.Actors.Should().Contain(a => a.Text == "U.S. soldier" && a.CountryCode == "US");
        // An adjective on a non-party noun is not an actor.
        doc.Actors.Should().NotContain(a => a.Text.StartsWith("Afghan conflict", StringComparison.Ordinal) || a.Text == "Afghan");
    }

    [Fact]
    public void Title_country_is_not_a_separate_actor()
    {
        var doc = Analyze();
        int us = doc.Text.IndexOf("U.S. President", StringComparison.Ordinal);
        doc.Actors.Should().NotContain(a => a.Span.Start == us && a.Kind == ActorKind.Country);
    }

    [Fact]
    public void Boilerplate_is_skipped_unless_asked()
    {
        Analyze().Actors.Should().NotContain(a => a.Text.Contains("Warsaw", StringComparison.Ordinal));
        Analyze().Places.Should().NotContain(p => p.Text.Contains("Warsaw", StringComparison.Ordinal));
        Analyze(resolver: new ActorResolver { IncludeBoilerplate = true }).Actors
            .Should().Contain(a => a.Text == "Warsaw Institute" && a.Kind == ActorKind.Organization && a.CountryCode == null);
    }

    [Fact]
    public void Result_does_not_depend_on_how_the_tokenizer_splits_abbreviations()
    {
        var placeholder = Analyze(new ResolverTestHelper.PunctuationSplittingTokenizer());
        var final = Analyze(new ResolverTestHelper.AbbreviationTokenizer());
        final.Tokens.Count.Should().BeLessThan(placeholder.Tokens.Count);
        final.Actors.Should().Equal(placeholder.Actors);
        final.Places.Should().Equal(placeholder.Places);
    }

    [Fact]
    public void Offsets_give_back_the_mention_text()
    {
        var doc = Analyze();
        doc.Actors.Should().OnlyContain(a => a.Span.GetText(doc.Text) == a.Text);
        doc.Places.Should().OnlyContain(p => p.Span.GetText(doc.Text) == p.Text);
        doc.Actors.Select(a => a.Span.Start).Should().BeInAscendingOrder();
    }
}
