using EventExtract.Tagging;
using EventExtract.Text;

namespace EventExtract.Tests.Tagging;

public class EntityDocumentConsistencyTests
{
    // A document of sentences (each a word list) as one token table with its sentences.
    internal static (TokenTable Tokens, List<Sentence> Sentences) Document(params string[][] sentences)
    {
        var (tokens, _) = TokenTables.FromWords(sentences.SelectMany(s => s).ToArray());
        var list = new List<Sentence>();
        int first = 0;
        foreach (var s in sentences)
        {
            list.Add(new Sentence(new TextSpan(tokens.GetSpan(first).Start, tokens.GetSpan(first + s.Length - 1).End), first, s.Length, 0));
            first += s.Length;
        }
        return (tokens, list);
    }

    internal static EntitySpan Name(TokenTable tokens, int first, int count, EntityType type, float confidence) =>
        new(new TextSpan(tokens.GetSpan(first).Start, tokens.GetSpan(first + count - 1).End), first, count, type, confidence);

    internal static List<(string Text, EntityType Type)> Show(TokenTable tokens, IEnumerable<EntitySpan> names) =>
        names.Select(n => (tokens.Text[n.Span.Start..n.Span.End], n.Type)).ToList();

    [Fact]
    public void Mentions_of_one_name_take_the_type_with_most_confidence_in_the_document()
    {
        var (tokens, sentences) = Document(
            ["Norton", "spoke", "."], ["Norton", "left", "."], ["Crowds", "cheered", "Norton", "."]);
        var names = new List<EntitySpan>
        {
            Name(tokens, 0, 1, EntityType.Person, 0.9f), Name(tokens, 3, 1, EntityType.Location, 0.6f), Name(tokens, 8, 1, EntityType.Person, 0.8f),
        };
        var result = EntityDocumentConsistency.Apply(tokens, sentences, names);
        result.Should().HaveCount(3).And.OnlyContain(n => n.Type == EntityType.Person);
        result.Select(n => n.FirstToken).Should().Equal(0, 3, 8);
    }

    [Fact]
    public void A_name_that_who_follows_is_a_person_unless_it_opens_with_the()
    {
        var (tokens, sentences) = Document(
            ["Pita", "Limjaroenrat", ",", "who", "led", "the", "party", ",", "said", "he", "would", "appeal", "."],
            ["The", "Guardians", ",", "who", "marched", ",", "left", "."]);
        var names = new List<EntitySpan> { Name(tokens, 0, 2, EntityType.Organization, 0.7f), Name(tokens, 13, 2, EntityType.Organization, 0.7f) };
        Show(tokens, EntityDocumentConsistency.Apply(tokens, sentences, names))
            .Should().Equal(("Pita Limjaroenrat", EntityType.Person), ("The Guardians", EntityType.Organization));
    }

    [Fact]
    public void A_full_person_name_makes_a_later_surname_a_person()
    {
        var (tokens, sentences) = Document(["Joshua", "Norton", "arrived", "."], ["Norton", "left", "."]);
        var names = new List<EntitySpan> { Name(tokens, 0, 2, EntityType.Person, 0.9f), Name(tokens, 4, 1, EntityType.Location, 0.5f) };
        Show(tokens, EntityDocumentConsistency.Apply(tokens, sentences, names))
            .Should().Equal(("Joshua Norton", EntityType.Person), ("Norton", EntityType.Person));
    }

    [Fact]
    public void A_surname_the_recognizer_missed_is_tagged_only_after_the_full_name()
    {
        var (tokens, sentences) = Document(
            ["Quispe", "Street", "is", "closed", "."], ["Jorge", "Quispe", "arrived", "."], ["Later", ",", "Quispe", "warned", "."]);
        var names = new List<EntitySpan> { Name(tokens, 5, 2, EntityType.Person, 0.9f) };
        var result = EntityDocumentConsistency.Apply(tokens, sentences, names);
        Show(tokens, result).Should().Equal(("Jorge Quispe", EntityType.Person), ("Quispe", EntityType.Person));
        result[1].FirstToken.Should().Be(11);
    }

    [Fact]
    public void A_confident_name_is_also_tagged_where_the_recognizer_missed_it()
    {
        var (tokens, sentences) = Document(
            ["We", "ate", "at", "Del", "Frisco", "in", "May", "."], ["Is", "Del", "Frisco", "expensive", "?"]);
        var names = new List<EntitySpan> { Name(tokens, 3, 2, EntityType.Organization, 0.8f) };
        var result = EntityDocumentConsistency.Apply(tokens, sentences, names);
        Show(tokens, result).Should().Equal(("Del Frisco", EntityType.Organization), ("Del Frisco", EntityType.Organization));
        result[1].FirstToken.Should().Be(9);
        result[1].TokenCount.Should().Be(2);
        result[1].Span.Should().Be(new TextSpan(tokens.GetSpan(9).Start, tokens.GetSpan(10).End));
    }

    [Fact]
    public void No_tagging_inside_a_longer_capitalized_name_or_from_an_unsure_name()
    {
        var (tokens, sentences) = Document(
            ["Norton", "spoke", "."], ["The", "Norton", "Bridge", "opened", "."], ["Paris", "wept", "."], ["Paris", "again", "."]);
        var names = new List<EntitySpan> { Name(tokens, 0, 1, EntityType.Person, 0.9f), Name(tokens, 8, 1, EntityType.Location, 0.3f) };
        EntityDocumentConsistency.Apply(tokens, sentences, names).Select(n => n.FirstToken).Should().Equal(0, 8);
    }

    [Fact]
    public void A_surer_longer_name_replaces_a_less_sure_name_inside_it()
    {
        var (tokens, sentences) = Document(
            ["Envoy", "to", "Afghanistan", "Zalmay", "Khalilzad", "left", "."], ["Then", "Afghanistan", "Zalmay", "Khalilzad", "spoke", "."]);
        var names = new List<EntitySpan> { Name(tokens, 2, 1, EntityType.Location, 0.3f), Name(tokens, 8, 3, EntityType.Person, 0.8f) };
        Show(tokens, EntityDocumentConsistency.Apply(tokens, sentences, names)).Should()
            .Equal(("Afghanistan Zalmay Khalilzad", EntityType.Person), ("Afghanistan Zalmay Khalilzad", EntityType.Person));
        // A sure name inside is kept.
        names[0] = names[0] with { Confidence = 0.95f };
        Show(tokens, EntityDocumentConsistency.Apply(tokens, sentences, names)).Should()
            .Equal(("Afghanistan", EntityType.Location), ("Afghanistan Zalmay Khalilzad", EntityType.Person));
    }

    [Fact]
    public void No_names_gives_no_names()
    {
        var (tokens, sentences) = Document(["nothing", "here", "."]);
        EntityDocumentConsistency.Apply(tokens, sentences, []).Should().BeEmpty();
    }

    [Fact]
    public void Name_lists_mark_first_names_also_when_written_in_lowercase()
    {
        var gazetteer = GazetteerFlags.Build([("Moscow", false)], ["Traci"], ["Kaminski"], ["Google"]);
        var vocabulary = new SpanStringMap<byte>([]);
        GazetteerFlags.Name(TokenInfo.Compute("traci", vocabulary, gazetteer).Gazetteer)
            .Should().Be(GazetteerFlags.FirstName | GazetteerFlags.CaseFolded);
        GazetteerFlags.Name(TokenInfo.Compute("Kaminski", vocabulary, gazetteer).Gazetteer).Should().Be(GazetteerFlags.PersonName);
        GazetteerFlags.Name(TokenInfo.Compute("Google", vocabulary, gazetteer).Gazetteer).Should().Be(GazetteerFlags.Organization);
        GazetteerFlags.Place(TokenInfo.Compute("Moscow", vocabulary, gazetteer).Gazetteer).Should().Be(GazetteerFlags.Whole);
        GazetteerFlags.Name(TokenInfo.Compute("Moscow", vocabulary, gazetteer).Gazetteer).Should().Be(0UL);
    }

    [Fact]
    public void A_name_read_as_a_person_in_a_heading_is_a_place_when_the_text_puts_things_in_it()
    {
        var (tokens, sentences) = Document(
            ["Tavolara"], ["Ferries", "stop", "in", "Tavolara", "daily", "."], ["Most", "visitors", "sleep", "in", "Tavolara", "."]);
        var names = new List<EntitySpan> { Name(tokens, 0, 1, EntityType.Person, 0.9f), Name(tokens, 4, 1, EntityType.Location, 0.4f) };
        var result = EntityDocumentConsistency.Apply(tokens, sentences, names);
        result.Should().OnlyContain(n => n.Type == EntityType.Location);
        result.Select(n => n.FirstToken).Should().Equal(0, 4, 11);
    }

    [Fact]
    public void A_person_name_after_in_with_a_possessive_stays_a_person()
    {
        var (tokens, sentences) = Document(
            ["Halvorsen", "spoke", "."], ["It", "was", "in", "Halvorsen", "'s", "speech", "."], ["Critics", "in", "Halvorsen", "'s", "party", "agreed", "."]);
        var names = new List<EntitySpan> { Name(tokens, 0, 1, EntityType.Person, 0.9f) };
        var result = EntityDocumentConsistency.Apply(tokens, sentences, names);
        result.Should().HaveCount(3).And.OnlyContain(n => n.Type == EntityType.Person);
    }

    [Fact]
    public void A_name_read_as_a_person_is_a_place_after_a_place_noun_and_of()
    {
        var (tokens, sentences) = Document(
            ["Tavolara", "waits", "."], ["Ferries", "reach", "the", "island", "of", "Tavolara", "daily", "."]);
        var names = new List<EntitySpan> { Name(tokens, 0, 1, EntityType.Person, 0.6f), Name(tokens, 8, 1, EntityType.Person, 0.3f) };
        var result = EntityDocumentConsistency.Apply(tokens, sentences, names);
        result.Should().HaveCount(2).And.OnlyContain(n => n.Type == EntityType.Location);
    }

    [Fact]
    public void A_two_word_name_read_as_a_person_is_a_place_after_a_place_noun_and_of()
    {
        var (tokens, sentences) = Document(
            ["Gunmen", "raided", "the", "village", "of", "Tal", "Marun", "."], ["Police", "reached", "Tal", "Marun", "at", "dawn", "."],
            ["Elders", "met", "in", "Tal", "Marun", "later", "."]);
        var names = new List<EntitySpan>
        {
            Name(tokens, 5, 2, EntityType.Person, 0.6f), Name(tokens, 10, 2, EntityType.Person, 0.7f), Name(tokens, 18, 2, EntityType.Person, 0.5f),
        };
        EntityDocumentConsistency.Apply(tokens, sentences, names).Should().HaveCount(3).And.OnlyContain(n => n.Type == EntityType.Location);
    }

    [Fact]
    public void A_two_word_person_after_in_with_a_possessive_stays_a_person()
    {
        var (tokens, sentences) = Document(
            ["Ines", "Halvorsen", "spoke", "."], ["It", "was", "in", "Ines", "Halvorsen", "'s", "speech", "."]);
        var names = new List<EntitySpan> { Name(tokens, 0, 2, EntityType.Person, 0.4f), Name(tokens, 7, 2, EntityType.Person, 0.4f) };
        EntityDocumentConsistency.Apply(tokens, sentences, names).Should().OnlyContain(n => n.Type == EntityType.Person);
    }

    [Fact]
    public void A_person_after_of_without_a_place_noun_stays_a_person()
    {
        var (tokens, sentences) = Document(
            ["Tavolara", "waits", "."], ["Fans", "read", "the", "memoirs", "of", "Tavolara", "daily", "."]);
        var names = new List<EntitySpan> { Name(tokens, 0, 1, EntityType.Person, 0.6f), Name(tokens, 8, 1, EntityType.Person, 0.3f) };
        EntityDocumentConsistency.Apply(tokens, sentences, names).Should().OnlyContain(n => n.Type == EntityType.Person);
    }

    [Fact]
    public void An_acronym_a_name_defines_in_brackets_is_that_name_there_and_later()
    {
        var (tokens, sentences) = Document(
            ["The", "Ruritanian", "Fisheries", "Board", "(", "RFB", ")", "met", "."], ["Later", ",", "RFB", "agreed", "."]);
        var names = new List<EntitySpan> { Name(tokens, 1, 3, EntityType.Organization, 0.9f) };
        Show(tokens, EntityDocumentConsistency.Apply(tokens, sentences, names)).Should().Equal(
            ("Ruritanian Fisheries Board", EntityType.Organization), ("RFB", EntityType.Organization), ("RFB", EntityType.Organization));
    }

    [Fact]
    public void Capitals_in_brackets_that_do_not_spell_the_name_are_left_alone()
    {
        var (tokens, sentences) = Document(["The", "Ruritanian", "Fisheries", "Board", "(", "USA", ")", "met", "."]);
        var names = new List<EntitySpan> { Name(tokens, 1, 3, EntityType.Organization, 0.9f) };
        Show(tokens, EntityDocumentConsistency.Apply(tokens, sentences, names)).Should().Equal(("Ruritanian Fisheries Board", EntityType.Organization));
    }

    [Fact]
    public void A_news_agency_or_international_body_read_as_a_person_or_place_is_an_organization()
    {
        var (tokens, sentences) = Document(
            ["Xinhua", "reported", "that", "the", "EU", "had", "agreed", "."], ["Xinhua", "said", "talks", "went", "well", "."]);
        var names = new List<EntitySpan>
        {
            Name(tokens, 0, 1, EntityType.Person, 0.9f), Name(tokens, 4, 1, EntityType.Location, 0.8f), Name(tokens, 8, 1, EntityType.Person, 0.9f),
        };
        Show(tokens, EntityDocumentConsistency.Apply(tokens, sentences, names)).Should().Equal(
            ("Xinhua", EntityType.Organization), ("EU", EntityType.Organization), ("Xinhua", EntityType.Organization));
    }

    [Fact]
    public void A_news_agency_the_recognizer_missed_is_tagged_where_it_stands_alone()
    {
        var (tokens, sentences) = Document(
            ["The", "mayor", "told", "the", "AP", "that", "the", "Wall", "Street", "Journal", "erred", "."],
            ["Reuters", "Institute", "staff", "met", "Ebba", "."]);
        Show(tokens, EntityDocumentConsistency.Apply(tokens, sentences, new List<EntitySpan> { Name(tokens, 16, 1, EntityType.Person, 0.9f) })).Should().Equal(
            ("AP", EntityType.Organization), ("Wall Street Journal", EntityType.Organization),
            // (The whole run is an institute's name, through its head word: OrganizationHeadNames.)
            ("Reuters Institute", EntityType.Organization), ("Ebba", EntityType.Person));
    }

    [Fact]
    public void A_name_before_a_place_noun_is_a_place_there_and_elsewhere()
    {
        var (tokens, sentences) = Document(
            ["Gunmen", "struck", "Tarkoul", "village", "and", "Zabrani", "district", "."],
            ["Later", "Tarkoul", "was", "calm", "under", "the", "Trump", "administration", "."]);
        var names = new List<EntitySpan>
        {
            Name(tokens, 2, 1, EntityType.Person, 0.6f), Name(tokens, 9, 1, EntityType.Person, 0.9f), Name(tokens, 14, 1, EntityType.Person, 0.9f),
        };
        // (An area the recognizer left untagged stays so: the event readers take "Zabrani district" as an unlisted place.)
        Show(tokens, EntityDocumentConsistency.Apply(tokens, sentences, names)).Should().Equal(
            ("Tarkoul", EntityType.Location), ("Tarkoul", EntityType.Location), ("Trump", EntityType.Person));
    }

    [Fact]
    public void Capitalized_words_after_an_honorific_the_recognizer_missed_are_a_person()
    {
        var (tokens, sentences) = Document(
            ["A", "quote", "from", "Lord", "Okonkwo", "and", "Dr", "Tembo", "Banda", "."],
            ["Mr.", "Chief", "Justice", ",", "Miss", "Ruritania", "Pageant", "Gala", "Queen", "waved", "to", "Kenya", "."]);
        var names = new List<EntitySpan> { Name(tokens, 21, 1, EntityType.Location, 0.9f) };
        Show(tokens, EntityDocumentConsistency.Apply(tokens, sentences, names)).Should().Equal(
            ("Okonkwo", EntityType.Person), ("Tembo Banda", EntityType.Person), ("Kenya", EntityType.Location));
    }
}
