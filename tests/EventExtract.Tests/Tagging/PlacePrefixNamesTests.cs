using EventExtract.Events;
using EventExtract.Tagging;
using EventExtract.Text;
using EventExtract.Tests.Events;

namespace EventExtract.Tests.Tagging;

/// <summary>
/// "talks at Camp [David]": a person name after a word that opens place names is the place's name ("Camp David",
/// "Fort Bragg"), not a person; "Dave Camp" and "President Camp" stay people.
/// </summary>
public class PlacePrefixNamesTests
{
    private static (TokenTable Tokens, List<EntitySpan> Names) Sentence(string[] words, int first, int count, EntityType type)
    {
        var (tokens, _) = TokenTables.FromWords(words);
        var name = new EntitySpan(new TextSpan(tokens.GetSpan(first).Start, tokens.GetSpan(first + count - 1).End), first, count, type, 0.8f);
        return (tokens, [name]);
    }

    private static List<(string Text, EntityType Type)> Show(TokenTable tokens, IEnumerable<EntitySpan> names) =>
        names.Select(n => (tokens.Text[n.Span.Start..n.Span.End], n.Type)).ToList();

    [Fact]
    public void A_person_after_a_place_prefix_becomes_the_place()
    {
        var (tokens, names) = Sentence(["The", "leaders", "met", "at", "Camp", "David", "on", "Friday", "."], 5, 1, EntityType.Person);
        Show(tokens, PlacePrefixNames.Apply(tokens, names)).Should().Equal(("Camp David", EntityType.Location));
    }

    [Fact]
    public void A_prefix_read_into_a_person_name_is_retyped()
    {
        var (tokens, names) = Sentence(["Troops", "left", "Fort", "Bragg", "."], 2, 2, EntityType.Person);
        Show(tokens, PlacePrefixNames.Apply(tokens, names)).Should().Equal(("Fort Bragg", EntityType.Location));
    }

    [Fact]
    public void A_prefix_word_after_a_name_or_title_is_a_surname()
    {
        var (tokens, names) = Sentence(["Congressman", "Dave", "Camp", "spoke", "."], 1, 2, EntityType.Person);
        PlacePrefixNames.Apply(tokens, names).Should().Equal(names);
    }

    [Fact]
    public void The_place_is_kept_whole_and_no_one_named_David_takes_part()
    {
        var meetings = ArticleBody.Events<Meeting>(
            "Japanese Prime Minister Fumio Kishida held talks with U.S. President Joe Biden at Camp David on Friday.", new DateOnly(2023, 8, 19));

        var meeting = meetings.Should().ContainSingle().Subject;
        meeting.Location!.Text.Should().Be("Camp David");
        meeting.Participants.Select(p => p.Text).Should().NotContain(t => t.Contains("David"));
    }
}
