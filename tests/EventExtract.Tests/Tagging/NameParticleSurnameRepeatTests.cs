using EventExtract.Tagging;
using EventExtract.Text;

namespace EventExtract.Tests.Tagging;

/// <summary>
/// '"…," van Klaveren told reporters' after "Alberto van Klaveren" was named: the particles the recognizer left out of a
/// surname written with them before are joined to it; a particle-looking word before a name the document never writes
/// with it ("the van Smith rented") is left alone.
/// </summary>
public class NameParticleSurnameRepeatTests
{
    private static (TokenTable Tokens, List<Sentence> Sentences) TwoSentences(string[] first, string[] second)
    {
        var (tokens, _) = TokenTables.FromWords([.. first, .. second]);
        int n = first.Length, m = first.Length + second.Length;
        return (tokens,
        [
            new Sentence(new TextSpan(0, tokens.GetSpan(n - 1).End), 0, n, 0),
            new Sentence(new TextSpan(tokens.GetSpan(n).Start, tokens.GetSpan(m - 1).End), n, second.Length, 0),
        ]);
    }

    private static EntitySpan Person(TokenTable tokens, int first, int count) =>
        new(new TextSpan(tokens.GetSpan(first).Start, tokens.GetSpan(first + count - 1).End), first, count, EntityType.Person, 0.8f);

    private static List<string> Texts(TokenTable tokens, IEnumerable<EntitySpan> names) =>
        names.Select(n => tokens.Text[n.Span.Start..n.Span.End]).ToList();

    [Fact]
    public void A_surname_repeated_without_its_particle_takes_it_back()
    {
        var (tokens, sentences) = TwoSentences(
            ["Minister", "Alberto", "van", "Klaveren", "arrived", "."],
            ["\"", "Good", "day", ",", "\"", "van", "Klaveren", "told", "reporters", "."]);
        var names = new List<EntitySpan> { Person(tokens, 1, 3), Person(tokens, 12, 1) };

        Texts(tokens, NameParticleJoiner.Apply(tokens, sentences, names)).Should().Equal("Alberto van Klaveren", "van Klaveren");
    }

    [Fact]
    public void A_word_before_a_name_the_document_never_writes_with_it_stays_out()
    {
        var (tokens, sentences) = TwoSentences(
            ["Police", "found", "Maria", "Smith", "."],
            ["The", "van", "Smith", "rented", "was", "found", "."]);
        var names = new List<EntitySpan> { Person(tokens, 2, 2), Person(tokens, 7, 1) };

        Texts(tokens, NameParticleJoiner.Apply(tokens, sentences, names)).Should().Equal("Maria Smith", "Smith");
    }
}
