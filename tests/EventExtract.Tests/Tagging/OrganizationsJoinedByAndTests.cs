using EventExtract.Tagging;
using EventExtract.Text;

namespace EventExtract.Tests.Tagging;

/// <summary>
/// "[United Auto Workers and General Motors] resumed talks": an organization name the recognizer ran over "and" from a
/// name of two or more words is two parties; one-word firsts ("Food and Drug Administration"), prepositions ("Ministry
/// of Agriculture and Forestry") and a head word at the end ("National Aeronautics and Space Administration") keep one name.
/// </summary>
public class OrganizationsJoinedByAndTests
{
    private static EntitySpan Name(TokenTable tokens, int first, int count, EntityType type) =>
        new(new TextSpan(tokens.GetSpan(first).Start, tokens.GetSpan(first + count - 1).End), first, count, type, 0.8f);

    private static string Text(TokenTable tokens, EntitySpan name) => tokens.Text[name.Span.Start..name.Span.End];

    private static IReadOnlyList<string> Names(string[] words, int first, int count)
    {
        var (tokens, _) = TokenTables.FromWords(words);
        var pos = new UniversalPos[words.Length];
        for (int i = 0; i < pos.Length; i++) pos[i] = char.IsUpper(words[i][0]) ? UniversalPos.PROPN : UniversalPos.VERB;
        return NameEdgeTrimmer.Apply(tokens, pos, [Name(tokens, first, count, EntityType.Organization)]).Select(n => Text(tokens, n)).ToList();
    }

    [Fact]
    public void Two_company_names_joined_by_and_are_two_names()
    {
        Names(["The", "United", "Auto", "Workers", "and", "General", "Motors", "resumed", "talks", "."], 1, 6)
            .Should().Equal("United Auto Workers", "General Motors");
    }

    [Fact]
    public void A_bloc_and_a_one_word_name_are_two_names()
    {
        Names(["The", "European", "Union", "and", "Mercosur", "met", "."], 1, 4).Should().Equal("European Union", "Mercosur");
    }

    [Theory]
    [InlineData(new[] { "The", "Food", "and", "Drug", "Administration", "said", "." }, 1, 4)]
    [InlineData(new[] { "The", "Ministry", "of", "Agriculture", "and", "Forestry", "said", "." }, 1, 5)]
    [InlineData(new[] { "The", "National", "Aeronautics", "and", "Space", "Administration", "said", "." }, 1, 5)]
    public void One_name_with_and_in_it_stays_whole(string[] words, int first, int count)
    {
        Names(words, first, count).Should().ContainSingle();
    }
}
