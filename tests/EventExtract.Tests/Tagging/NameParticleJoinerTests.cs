using EventExtract.Places;
using EventExtract.Tagging;
using EventExtract.Text;

namespace EventExtract.Tests.Tagging;

public class NameParticleJoinerTests
{
    private static (TokenTable Tokens, List<Sentence> Sentences) Sentence(params string[] words)
    {
        var (tokens, _) = TokenTables.FromWords(words);
        return (tokens, [new Sentence(new TextSpan(0, tokens.GetSpan(words.Length - 1).End), 0, words.Length, 0)]);
    }

    private static EntitySpan Name(TokenTable tokens, int first, int count, EntityType type) =>
        new(new TextSpan(tokens.GetSpan(first).Start, tokens.GetSpan(first + count - 1).End), first, count, type, 0.8f);

    private static List<(string Text, EntityType Type)> Show(TokenTable tokens, IEnumerable<EntitySpan> names) =>
        names.Select(n => (tokens.Text[n.Span.Start..n.Span.End], n.Type)).ToList();

    [Fact]
    public void A_name_starting_with_a_particle_takes_in_the_given_name_before_it()
    {
        var (tokens, sentences) = Sentence("Minister", "Faisal", "bin", "Farhan", "told", "reporters", ".");
        Show(tokens, NameParticleJoiner.Apply(tokens, sentences, [Name(tokens, 2, 2, EntityType.Person)]))
            .Should().Equal(("Faisal bin Farhan", EntityType.Person));
    }

    [Fact]
    public void A_name_ending_before_particles_takes_in_them_and_the_surname()
    {
        var (tokens, sentences) = Sentence("Ursula", "von", "der", "Leyen", "met", "Rutte", "in", "Brussels", ".");
        var names = new List<EntitySpan> { Name(tokens, 0, 1, EntityType.Person), Name(tokens, 5, 1, EntityType.Person), Name(tokens, 7, 1, EntityType.Location) };
        Show(tokens, NameParticleJoiner.Apply(tokens, sentences, names))
            .Should().Equal(("Ursula von der Leyen", EntityType.Person), ("Rutte", EntityType.Person), ("Brussels", EntityType.Location));
    }

    [Fact]
    public void A_particle_that_is_also_an_English_word_joins_only_with_a_hyphen()
    {
        // "as" binds a name only as "as-Sadr"; "cast Maria Lopez as Evita" is two things.
        var (tokens, sentences) = Sentence("They", "cast", "Maria", "Lopez", "as", "Evita", ".");
        var names = new List<EntitySpan> { Name(tokens, 2, 2, EntityType.Person) };
        NameParticleJoiner.Apply(tokens, sentences, names).Should().Equal(names);
    }

    [Fact]
    public void A_name_of_another_type_after_the_particle_is_not_absorbed()
    {
        var (tokens, sentences) = Sentence("Ahmed", "Hassan", "of", "Cairo", "spoke", ".");
        var names = new List<EntitySpan> { Name(tokens, 0, 2, EntityType.Person), Name(tokens, 3, 1, EntityType.Location) };
        NameParticleJoiner.Apply(tokens, sentences, names).Should().Equal(names);
    }

    [Fact]
    public void Two_people_who_share_given_names_keep_apart_and_keep_their_own_countries()
    {
        var doc = EventExtractor.Create().Analyze(
            "Army chief Abdel Fattah al-Burhan is expected to travel to Cairo next week to meet Egyptian President Abdel Fattah al-Sisi.");
        var people = doc.Actors.Where(a => a.Kind == ActorKind.Person).ToList();
        people.Select(a => a.Text).Should().Equal("Abdel Fattah al-Burhan", "Abdel Fattah al-Sisi");
        people[1].CountryCode.Should().Be("EG");
        people[0].CountryCode.Should().NotBe("EG");
    }

    [Fact]
    public void A_given_name_hyphened_to_a_full_name_is_part_of_it()
    {
        var doc = EventExtractor.Create().Analyze("Jean-Pierre Raffarin met Anne-Marie Duval in Lyon on Monday.");
        doc.Actors.Where(a => a.Kind == ActorKind.Person).Select(a => a.Text).Should().Equal("Jean-Pierre Raffarin", "Anne-Marie Duval");
    }

    [Fact]
    public void Two_one_word_names_joined_by_a_hyphen_stay_two_people()
    {
        var doc = EventExtractor.Create().Analyze("The Garrett-Nadir summit ended without a deal, officials said.");
        doc.Actors.Should().NotContain(a => a.Text == "Garrett-Nadir");
    }

    [Fact]
    public void A_korean_given_name_hyphened_to_a_lower_case_syllable_is_part_of_the_name()
    {
        var doc = EventExtractor.Create().Analyze("South Korean President Lee Myung-bak met Chinese Premier Wen Jiabao in Seoul on Friday.");
        doc.Actors.Where(a => a.Kind == ActorKind.Person).Select(a => a.Text).Should().Contain("Lee Myung-bak");
    }

    [Fact]
    public void A_compound_word_hyphened_to_a_name_is_not_part_of_it()
    {
        const string text = "A Wen Jiabao-led delegation and a Moon Jae-in delegation arrived.";
        var tokens = new TokenTable(text);
        RuleTokenizer.Instance.Tokenize(new TextSpan(0, text.Length), tokens);
        List<Sentence> sentences = [new Sentence(new TextSpan(0, text.Length), 0, tokens.Count, 0)];
        var names = new List<EntitySpan> { Name(tokens, 1, 2, EntityType.Person), Name(tokens, 8, 2, EntityType.Person) };
        Show(tokens, NameParticleJoiner.Apply(tokens, sentences, names))
            .Should().Equal(("Wen Jiabao", EntityType.Person), ("Moon Jae-in", EntityType.Person));
    }
}
