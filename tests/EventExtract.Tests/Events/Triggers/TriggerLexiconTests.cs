using EventExtract.Events.Triggers;
using EventExtract.Text;

namespace EventExtract.Tests.Events.Triggers;

public class TriggerLexiconTests
{
    private static readonly TriggerLexicon Lexicon = TriggerLexicon.LoadEmbedded();

    private static TokenTable Tokens(string text, params (int Start, int End)[] spans)
    {
        var table = new TokenTable(text);
        foreach (var (s, e) in spans) table.Add(s, e, TokenKind.Word);
        return table;
    }

    private static TokenTable SplitOnEveryPunctuation(string text)
    {
        var table = new TokenTable(text);
        RuleTokenizer.Instance.Tokenize(new TextSpan(0, text.Length), table);
        return table;
    }

    [Fact]
    public void Embedded_lexicon_expands_inflections_of_every_type()
    {
        var phrases = Lexicon.Entries.Select(e => (e.Phrase, e.Label)).ToList();
        phrases.Should().Contain(("met", TriggerLabel.Meeting))
            .And.Contain(("sat down at the negotiating table", TriggerLabel.Meeting))
            .And.Contain(("reiterated", TriggerLabel.Statement))
            .And.Contain(("called on", TriggerLabel.Statement))
            .And.Contain(("opened fire", TriggerLabel.Attack))
            .And.Contain(("heart attack", TriggerLabel.None));
    }

    [Theory]
    [InlineData("The senator denounced the ruling.", "denounce")]
    [InlineData("Residents decried the closure.", "decry")]
    [InlineData("Her lawyers maintain that she is innocent.", "maintain")]
    [InlineData("The witness testified on Monday.", "testify")]
    public void Speech_verbs_of_condemnation_and_claim_are_statement_triggers(string text, string lemma)
    {
        var m = TriggerTestText.Matches(Lexicon, SplitOnEveryPunctuation(text)).Should().ContainSingle().Subject;
        m.Entry.Lemma.Should().Be(lemma);
        m.Entry.Label.Should().Be(TriggerLabel.Statement);
    }

    [Fact]
    public void Maintain_without_that_is_no_statement_trigger()
    {
        TriggerTestText.Matches(Lexicon, SplitOnEveryPunctuation("The army will maintain its bases.")).Should().BeEmpty();
    }

    [Fact]
    public void Longest_phrase_wins_and_is_case_insensitive()
    {
        var tokens = SplitOnEveryPunctuation("They SAT DOWN at the Negotiating Table today.");
        var m = TriggerTestText.Matches(Lexicon, tokens).Should().ContainSingle().Subject;
        m.Entry.Lemma.Should().Be("sit down at the negotiating table");
        m.TokenCount.Should().Be(6);
    }

    [Fact]
    public void Hyphenated_trigger_matches_whether_split_or_not()
    {
        const string text = "a cyber-attack hit";
        var split = SplitOnEveryPunctuation(text); // a | cyber | - | attack | hit
        var whole = Tokens(text, (0, 1), (2, 14), (15, 18));
        var m1 = TriggerTestText.Matches(Lexicon, split).Should().ContainSingle().Subject;
        var m2 = TriggerTestText.Matches(Lexicon, whole).Should().ContainSingle().Subject;
        m1.Entry.Phrase.Should().Be("cyber-attack");
        m2.Entry.Phrase.Should().Be("cyber-attack");
        (m1.FirstToken, m1.TokenCount).Should().Be((1, 3));
        (m2.FirstToken, m2.TokenCount).Should().Be((1, 1));
    }

    [Fact]
    public void No_match_inside_a_hyphenated_word_or_a_longer_word()
    {
        TriggerTestText.Matches(Lexicon, SplitOnEveryPunctuation("the post-meeting dinner and the attackers")).Should().BeEmpty();
    }

    [Fact]
    public void Clitic_after_a_trigger_does_not_prevent_a_match()
    {
        const string text = "the attack’s toll";
        var ud = Tokens(text, (0, 3), (4, 10), (10, 12), (13, 17)); // the | attack | ’s | toll
        TriggerTestText.Matches(Lexicon, ud).Should().ContainSingle().Which.Entry.Phrase.Should().Be("attack");
        TriggerTestText.Matches(Lexicon, SplitOnEveryPunctuation(text)).Should().ContainSingle().Which.Entry.Phrase.Should().Be("attack");
    }

    [Fact]
    public void Blocking_idioms_are_matched_as_none()
    {
        var m = TriggerTestText.Matches(Lexicon, SplitOnEveryPunctuation("He had a heart attack."));
        m.Should().ContainSingle().Which.Entry.Label.Should().Be(TriggerLabel.None);
    }

    [Fact]
    public void Malformed_rows_are_rejected()
    {
        var act = () => TriggerLexicon.Parse(new StringReader("Meeting\tmeet\tnot-a-number\tmeet\n"));
        act.Should().Throw<FormatException>();
    }
}
