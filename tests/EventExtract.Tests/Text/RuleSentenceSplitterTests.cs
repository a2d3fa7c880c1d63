using EventExtract.Text;

namespace EventExtract.Tests.Text;

public class RuleSentenceSplitterTests
{
    private static string[] Sentences(string text)
    {
        var table = new TokenTable(text);
        RuleTokenizer.Instance.Tokenize(new TextSpan(0, text.Length), table);
        var sentences = new List<Sentence>();
        RuleSentenceSplitter.Instance.Split(table, 0, table.Count, 0, sentences);
        return sentences.Select(s => s.Span.GetText(text)).ToArray();
    }

    [Fact]
    public void Splits_after_periods_before_capitals() =>
        Sentences("Moscow hosted the talks. The Taliban attended.")
            .Should().Equal("Moscow hosted the talks.", "The Taliban attended.");

    // '"…," said Maria Lopez, an analyst with Lehman Brothers Inc. Ms. Lopez said …': an honorific after a company
    // abbreviation opens a new sentence; a title after "U.S." does not.
    [Fact]
    public void An_honorific_after_Inc_starts_a_sentence() =>
        Sentences("\"The numbers were good,\" said Maria Lopez, an analyst with Lehman Brothers Inc. Ms. Lopez said the trend would continue.")
            .Should().Equal("\"The numbers were good,\" said Maria Lopez, an analyst with Lehman Brothers Inc.", "Ms. Lopez said the trend would continue.");

    [Theory]
    [InlineData("The bill was opposed by U.S. Sen. Ted Cruz and two other senators.")]
    [InlineData("The letter was signed by U.S. Rep. Ilhan Omar.")]
    public void A_title_after_US_continues_the_sentence(string text) => Sentences(text).Should().Equal(text);

    [Theory]
    [InlineData("Mr. Smith met Dr. Jones in Kabul.")]
    [InlineData("U.S. officials said the talks would resume.")]
    [InlineData("J. R. R. Tolkien wrote it.")]
    [InlineData("Gen. Austin S. Miller arrived on Oct. 25 in Kabul.")]
    [InlineData("Talks begin at No. 10 Downing Street today.")]
    public void Does_not_break_after_titles_initials_or_abbreviations_inside_a_sentence(string text) =>
        Sentences(text).Should().Equal(text);

    [Theory]
    [InlineData("The murder of Dr.\nAnna Berg shocked the town.")]
    [InlineData("Police named Gen.\nTom Reed as the suspect.")]
    [InlineData("Guards at the U.S.\nEmbassy fired back.")]
    [InlineData("A bomb went off outside the U.S.\nembassy in the capital.")]
    public void A_title_or_dotted_abbreviation_at_the_end_of_a_short_line_does_not_end_the_sentence(string text) =>
        Sentences(text).Should().Equal(text);

    [Fact]
    public void A_short_line_ending_in_U_S_still_breaks_before_a_sentence_opening_pronoun() =>
        Sentences("He flew to the U.S.\nHe met officials there.")
            .Should().Equal("He flew to the U.S.", "He met officials there.");

    [Theory]
    [InlineData("\"Who paid for the flights?\" asked the senator. The minister did not answer.", "\"Who paid for the flights?\" asked the senator.")]
    [InlineData("\"Get out now!\" the guard shouted. Nobody moved.", "\"Get out now!\" the guard shouted.")]
    public void A_quoted_question_or_exclamation_goes_on_into_its_lowercase_reporting_clause(string text, string first) =>
        Sentences(text).Should().HaveCount(2).And.StartWith(first);

    [Fact]
    public void A_quoted_question_before_a_capital_still_ends_the_sentence() =>
        Sentences("He asked: \"Who paid?\" The minister did not answer.")
            .Should().Equal("He asked: \"Who paid?\"", "The minister did not answer.");

    [Fact]
    public void Breaks_after_a_sentence_final_abbreviation_when_a_sentence_start_follows() =>
        Sentences("The deal was signed by Acme Inc. The shares rose.")
            .Should().Equal("The deal was signed by Acme Inc.", "The shares rose.");

    [Fact]
    public void Breaks_after_U_S_at_the_end_of_a_sentence_before_a_pronoun() =>
        Sentences("He flew to the U.S. He met officials there.")
            .Should().Equal("He flew to the U.S.", "He met officials there.");

    [Theory]
    [InlineData("He said: “We will go.” Then he left.", "He said: “We will go.”", "Then he left.")]
    [InlineData("He said: \"We will go.\" Then he left.", "He said: \"We will go.\"", "Then he left.")]
    [InlineData("(The talks ended.) Then he left.", "(The talks ended.)", "Then he left.")]
    public void Keeps_closing_quotes_and_brackets_with_their_sentence(string text, string first, string second) =>
        Sentences(text).Should().Equal(first, second);

    [Fact]
    public void Handles_interrobang_runs() =>
        Sentences("Is this real?! Nobody knows.").Should().Equal("Is this real?!", "Nobody knows.");

    [Fact]
    public void An_ellipsis_before_a_lowercase_word_does_not_end_the_sentence() =>
        Sentences("We waited... and waited. Then it came.").Should().Equal("We waited... and waited.", "Then it came.");

    [Fact]
    public void An_ellipsis_before_a_capital_ends_the_sentence() =>
        Sentences("We waited… Then it came.").Should().Equal("We waited…", "Then it came.");

    [Fact]
    public void A_lowercase_start_after_a_question_mark_is_a_new_sentence() =>
        Sentences("what now? we wait.").Should().Equal("what now?", "we wait.");

    [Fact]
    public void Text_without_final_punctuation_is_one_sentence() =>
        Sentences("Friend or Foe: Russia Gets Support in Afghan Peace Talks")
            .Should().Equal("Friend or Foe: Russia Gets Support in Afghan Peace Talks");

    [Fact]
    public void A_short_line_without_punctuation_before_a_capital_is_its_own_sentence() =>
        Sentences("Breaking News\nThe talks resumed today.").Should().Equal("Breaking News", "The talks resumed today.");

    [Fact]
    public void A_wrapped_line_inside_a_sentence_does_not_break_it() =>
        Sentences("The delegation that arrived in Moscow on Friday met with officials from\nthe Russian foreign ministry.")
            .Should().HaveCount(1);

    [Fact]
    public void A_reference_mark_after_the_period_stays_with_its_sentence() =>
        Sentences("He went to Harrow in 1801. [6] He left in 1805.")
            .Should().Equal("He went to Harrow in 1801. [6]", "He left in 1805.");

    [Fact]
    public void A_smiley_stays_with_its_sentence_and_can_end_one() =>
        Sentences("Loved it! :) Great food :) Service was slow.")
            .Should().Equal("Loved it! :)", "Great food :)", "Service was slow.");

    [Fact]
    public void An_inline_numbered_list_starts_a_sentence_at_each_number() =>
        Sentences("It failed. 2. The second point is cost.")
            .Should().Equal("It failed.", "2. The second point is cost.");

    [Fact]
    public void A_greeting_ending_in_a_comma_is_its_own_sentence() =>
        Sentences("Hi John, Thanks for the report.").Should().Equal("Hi John,", "Thanks for the report.");

    [Fact]
    public void An_ordinary_comma_before_a_name_does_not_break() =>
        Sentences("Yesterday, Khalilzad met Taliban envoys.").Should().ContainSingle();

    [Fact]
    public void Sentences_cover_their_tokens_and_carry_the_paragraph_index()
    {
        const string text = "First one. Second one! Third";
        var table = new TokenTable(text);
        RuleTokenizer.Instance.Tokenize(new TextSpan(0, text.Length), table);
        var sentences = new List<Sentence>();
        RuleSentenceSplitter.Instance.Split(table, 0, table.Count, 7, sentences);
        sentences.Should().HaveCount(3);
        sentences.Should().OnlyContain(s => s.Paragraph == 7);
        sentences.Sum(s => s.TokenCount).Should().Be(table.Count);
        for (int k = 0; k < sentences.Count; k++)
        {
            sentences[k].Span.Start.Should().Be(table.GetSpan(sentences[k].FirstToken).Start);
            sentences[k].Span.End.Should().Be(table.GetSpan(sentences[k].EndToken - 1).End);
        }
    }

    [Fact]
    public void An_empty_token_range_yields_no_sentence()
    {
        var table = new TokenTable("");
        var sentences = new List<Sentence>();
        RuleSentenceSplitter.Instance.Split(table, 0, 0, 0, sentences);
        sentences.Should().BeEmpty();
    }
}
