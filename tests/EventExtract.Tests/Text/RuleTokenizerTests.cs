using EventExtract.Text;

namespace EventExtract.Tests.Text;

public class RuleTokenizerTests
{
    private static TokenTable Tokenize(string text)
    {
        var table = new TokenTable(text);
        RuleTokenizer.Instance.Tokenize(new TextSpan(0, text.Length), table);
        return table;
    }

    private static string[] Texts(string text)
    {
        var table = Tokenize(text);
        return Enumerable.Range(0, table.Count).Select(table.GetString).ToArray();
    }

    private static TokenKind KindOf(string text, string token)
    {
        var table = Tokenize(text);
        for (int i = 0; i < table.Count; i++)
            if (table.GetString(i) == token) return table.GetKind(i);
        throw new InvalidOperationException($"No token '{token}' in [{string.Join(" | ", Texts(text))}]");
    }

    [Theory]
    [InlineData("U.S. officials met.", new[] { "U.S.", "officials", "met", "." })]
    [InlineData("Dr. Smith arrived.", new[] { "Dr.", "Smith", "arrived", "." })]
    [InlineData("on Jan. 5 in Kabul", new[] { "on", "Jan.", "5", "in", "Kabul" })]
    [InlineData("Gen. Milley said", new[] { "Gen.", "Milley", "said" })]
    [InlineData("J. R. R. Tolkien", new[] { "J.", "R.", "R.", "Tolkien" })]
    [InlineData("e.g. this", new[] { "e.g.", "this" })]
    [InlineData("Acme Inc. and others", new[] { "Acme", "Inc.", "and", "others" })]
    public void Abbreviations_and_initials_keep_their_period(string text, string[] expected) =>
        Texts(text).Should().Equal(expected);

    [Fact]
    public void A_sentence_final_period_after_an_ordinary_word_is_split() =>
        Texts("They met in Moscow.").Should().Equal("They", "met", "in", "Moscow", ".");

    [Theory]
    [InlineData("Afghanistan’s talks", new[] { "Afghanistan", "’s", "talks" })]
    [InlineData("Afghanistan's talks", new[] { "Afghanistan", "'s", "talks" })]
    [InlineData("don't go", new[] { "do", "n't", "go" })]
    [InlineData("don’t go", new[] { "do", "n’t", "go" })]
    [InlineData("I'm here", new[] { "I", "'m", "here" })]
    [InlineData("we'll see", new[] { "we", "'ll", "see" })]
    [InlineData("they've gone", new[] { "they", "'ve", "gone" })]
    [InlineData("can't stop", new[] { "ca", "n't", "stop" })]
    [InlineData("cannot stop", new[] { "can", "not", "stop" })]
    [InlineData("the states' rights", new[] { "the", "states", "'", "rights" })]
    public void Clitics_and_possessives_are_split_like_UD(string text, string[] expected) =>
        Texts(text).Should().Equal(expected);

    [Fact]
    public void Clitics_get_the_clitic_kind() => KindOf("Afghanistan’s talks", "’s").Should().Be(TokenKind.Clitic);

    [Fact]
    public void Names_with_inner_apostrophes_stay_whole() =>
        Texts("O'Brien said").Should().Equal("O'Brien", "said");

    [Theory]
    [InlineData("He said “no” twice", new[] { "He", "said", "“", "no", "”", "twice" })]
    [InlineData("He said \"no\" twice", new[] { "He", "said", "\"", "no", "\"", "twice" })]
    [InlineData("the ‘deal’ now", new[] { "the", "‘", "deal", "’", "now" })]
    public void Quotes_are_separate_tokens(string text, string[] expected)
    {
        Texts(text).Should().Equal(expected);
        foreach (var quote in expected.Where(e => e is "\"" or "“" or "”" or "‘" or "’"))
            KindOf(text, quote).Should().Be(TokenKind.Quote);
    }

    [Theory]
    [InlineData("peace—or war", "—")]
    [InlineData("peace – or war", "–")]
    [InlineData("peace -- or war", "--")]
    [InlineData("peace––or war", "––")]
    public void Dashes_are_single_dash_tokens(string text, string dash)
    {
        Texts(text).Should().Equal("peace", dash, "or", "war");
        KindOf(text, dash).Should().Be(TokenKind.Dash);
    }

    [Theory]
    [InlineData("1,000.5 troops", "1,000.5")]
    [InlineData("about 12 troops", "12")]
    [InlineData("on 9/11 they", "9/11")]
    [InlineData("at 5:30 pm", "5:30")]
    public void Numbers_keep_their_separators(string text, string number)
    {
        Texts(text).Should().Contain(number);
        KindOf(text, number).Should().Be(TokenKind.Number);
    }

    [Fact]
    public void Percentages_are_split_like_UD_with_a_percent_kind()
    {
        Texts("rose 5% today").Should().Equal("rose", "5", "%", "today");
        KindOf("rose 5% today", "%").Should().Be(TokenKind.Percent);
    }

    [Fact]
    public void Currency_signs_are_split_from_amounts()
    {
        Texts("paid $5 million").Should().Equal("paid", "$", "5", "million");
        KindOf("paid $5 million", "$").Should().Be(TokenKind.Currency);
    }

    [Theory]
    [InlineData("a well-known man", new[] { "a", "well", "-", "known", "man" })]
    [InlineData("post-meeting statement", new[] { "post-meeting", "statement" })]
    [InlineData("send an e-mail", new[] { "send", "an", "e-mail" })]
    [InlineData("a co-founder", new[] { "a", "co-founder" })]
    [InlineData("the 2019-2020 season", new[] { "the", "2019", "-", "2020", "season" })]
    public void Hyphens_are_split_as_in_UD_EWT_and_GUM_except_after_prefixes(string text, string[] expected) =>
        Texts(text).Should().Equal(expected);

    [Theory]
    [InlineData("see https://example.com/a?b=1, then", "https://example.com/a?b=1", TokenKind.Url)]
    [InlineData("visit www.warsawinstitute.org.", "www.warsawinstitute.org", TokenKind.Url)]
    [InlineData("mail jane.doe@example.co.uk today", "jane.doe@example.co.uk", TokenKind.Email)]
    public void Urls_and_emails_are_single_tokens(string text, string token, TokenKind kind)
    {
        Texts(text).Should().Contain(token);
        KindOf(text, token).Should().Be(kind);
    }

    [Theory]
    [InlineData("wait... what", "...")]
    [InlineData("wait… what", "…")]
    [InlineData("really?! yes", "?!")]
    public void Ellipses_and_punctuation_runs_are_one_token(string text, string token)
    {
        Texts(text).Should().Equal(text.Split(' ')[0].Replace(token, ""), token, text.Split(' ')[1]);
        KindOf(text, token).Should().Be(TokenKind.Punctuation);
    }

    [Theory]
    [InlineData("great 😀 day", "😀")]
    [InlineData("team 👍🏽 day", "👍🏽")]
    [InlineData("family 👨‍👩‍👧 day", "👨‍👩‍👧")]
    [InlineData("flag 🇵🇱 day", "🇵🇱")]
    [InlineData("love ❤️ day", "❤️")]
    public void Emoji_including_modifiers_and_joined_sequences_are_one_token(string text, string emoji)
    {
        Texts(text).Should().HaveCount(3).And.Contain(emoji);
        KindOf(text, emoji).Should().Be(TokenKind.Emoji);
    }

    [Fact]
    public void Emoji_attached_to_a_word_are_separate() =>
        Texts("great😀").Should().Equal("great", "😀");

    [Theory]
    [InlineData("(Reuters) -", new[] { "(", "Reuters", ")", "-" })]
    [InlineData("talks, said", new[] { "talks", ",", "said" })]
    public void Brackets_and_commas_are_separate(string text, string[] expected) =>
        Texts(text).Should().Equal(expected);

    [Theory]
    [InlineData("at 5pm today", new[] { "at", "5", "pm", "today" })]
    [InlineData("a 35mm lens", new[] { "a", "35", "mm", "lens" })]
    [InlineData("the 20th century", new[] { "the", "20th", "century" })]
    [InlineData("the 1990s boom", new[] { "the", "1990s", "boom" })]
    public void Units_are_split_from_numbers_but_ordinals_and_decades_are_not(string text, string[] expected) =>
        Texts(text).Should().Equal(expected);

    [Theory]
    [InlineData("add 1/2 cup", new[] { "add", "1", "/", "2", "cup" })]
    [InlineData("on 11/28/2000 at", new[] { "on", "11/28/2000", "at" })]
    [InlineData("call 713-853-3989 now", new[] { "call", "713-853-3989", "now" })]
    [InlineData("on 01-Feb-02 we", new[] { "on", "01-Feb-02", "we" })]
    public void Fractions_dates_and_phone_numbers_follow_UD(string text, string[] expected) =>
        Texts(text).Should().Equal(expected);

    [Theory]
    [InlineData("Three points:\n1. Talks resume", "1.")]
    [InlineData("It failed. 2. The second point", "2.")]
    public void List_numbers_keep_their_period(string text, string marker)
    {
        Texts(text).Should().Contain(marker);
        KindOf(text, marker).Should().Be(TokenKind.Number);
    }

    [Fact]
    public void A_number_ending_a_sentence_keeps_the_period_apart() =>
        Texts("They killed 12. Officials said").Should().Equal("They", "killed", "12", ".", "Officials", "said");

    [Theory]
    [InlineData("write Smith@ENRON today", "Smith@ENRON")]
    [InlineData("from franz371...@gmail.com today", "franz371...@gmail.com")]
    [InlineData("mail Kevin.A.Boone@accenture.com today", "Kevin.A.Boone@accenture.com")]
    public void Email_variants_are_one_token(string text, string email)
    {
        Texts(text).Should().Equal(text.Split(' '));
        KindOf(text, email).Should().Be(TokenKind.Email);
    }

    [Fact]
    public void Hashtags_and_emoticons_are_one_token()
    {
        Texts("loved it :) #travel").Should().Equal("loved", "it", ":)", "#travel");
        KindOf("loved it :) #travel", ":)").Should().Be(TokenKind.Emoji);
    }

    [Fact]
    public void Every_token_span_gives_back_its_text_and_spans_are_ordered()
    {
        const string text = "On Oct. 25, the U.S. envoy—Zalmay Khalilzad—didn't meet “Afghanistan’s” Taliban (5% of $1,000.5) 😀 https://x.org/a.";
        var table = Tokenize(text);
        table.Count.Should().BeGreaterThan(20);
        int previousEnd = 0;
        for (int i = 0; i < table.Count; i++)
        {
            var span = table.GetSpan(i);
            span.Start.Should().BeGreaterThanOrEqualTo(previousEnd);
            text.Substring(span.Start, span.Length).Should().Be(table[i].ToString());
            text.Substring(span.Start, span.Length).Trim().Should().HaveLength(span.Length, "tokens never contain whitespace");
            previousEnd = span.End;
        }
    }

    [Fact]
    public void Tokenizes_only_the_requested_range()
    {
        const string text = "Skip this. Keep these words. Skip";
        var table = new TokenTable(text);
        RuleTokenizer.Instance.Tokenize(new TextSpan(11, 28), table);
        Enumerable.Range(0, table.Count).Select(table.GetString).Should().Equal("Keep", "these", "words", ".");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t  ")]
    [InlineData("\0\0abc\0")]
    [InlineData("\ud800 lone high")]
    [InlineData("lone low \udc00")]
    [InlineData("\udc00\ud800")]
    [InlineData("x\u0001\u0002\u001b[0m y")]
    [InlineData("'")]
    [InlineData("-")]
    [InlineData("a-")]
    [InlineData("@")]
    [InlineData("a@")]
    [InlineData("www.")]
    [InlineData("http://")]
    [InlineData("1,")]
    [InlineData("n't")]
    [InlineData("'s")]
    [InlineData("\u200d\ufe0f")]
    [InlineData("😀\u200d")]
    [InlineData("🇵")]
    [InlineData("No.")]
    public void Bad_inputs_do_not_throw_and_spans_stay_inside_the_text(string text)
    {
        var act = () => Tokenize(text);
        var table = act.Should().NotThrow().Subject;
        for (int i = 0; i < table.Count; i++)
        {
            var span = table.GetSpan(i);
            span.Start.Should().BeGreaterThanOrEqualTo(0);
            span.End.Should().BeLessThanOrEqualTo(text.Length);
            span.Length.Should().BeGreaterThan(0);
        }
    }

    [Fact]
    public void Whitespace_and_control_characters_yield_no_tokens() =>
        Tokenize(" \t\r\n\0\u0001 ").Count.Should().Be(0);

    private static readonly TimeSpan HangLimit = TimeSpan.FromSeconds(60);

    [Theory]
    [InlineData('a')]
    [InlineData('.')]
    [InlineData('-')]
    [InlineData('\'')]
    [InlineData('\ud83d')]
    public void A_megabyte_without_spaces_is_tokenized_quickly(char c)
    {
        string text = new string(c, 1 << 20);
        var sw = System.Diagnostics.Stopwatch.StartNew();
        var table = Tokenize(text);
        sw.Stop();
        table.Count.Should().BeGreaterThan(0);
        table.GetSpan(table.Count - 1).End.Should().Be(text.Length);
        // A hang guard, not a speed test (speed is the benchmarks'): a scan that went back over the text would take
        // minutes on a megabyte, while the linear one takes milliseconds even on a loaded machine.
        sw.Elapsed.Should().BeLessThan(HangLimit, "the scanner is linear");
    }

    [Fact]
    public void A_megabyte_of_mixed_unspaced_text_is_tokenized_quickly()
    {
        var sb = new System.Text.StringBuilder();
        while (sb.Length < 1 << 20) sb.Append("U.S.-led,1,000.5%$e-mail'sa@b.c😀");
        string text = sb.ToString();
        var sw = System.Diagnostics.Stopwatch.StartNew();
        var table = Tokenize(text);
        sw.Stop();
        table.Count.Should().BeGreaterThan(1000);
        sw.Elapsed.Should().BeLessThan(HangLimit, "the scanner is linear");
    }
}
