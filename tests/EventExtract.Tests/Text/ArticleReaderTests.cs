using EventExtract.Text;

namespace EventExtract.Tests.Text;

public class ArticleReaderTests
{
    private static string Golden() =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "data", "warsaw-institute-2019-10-29.txt"));

    private static string[] Texts(Document doc, ParagraphRole role) =>
        doc.Paragraphs.Where(p => p.Role == role).Select(p => p.Span.GetText(doc.Text)).ToArray();

    [Fact]
    public void Golden_article_date_comes_from_its_header_line()
    {
        var doc = ArticleReader.Instance.Read(Golden());
        doc.Published.Should().Be(new DateOnly(2019, 10, 29));
        Texts(doc, ParagraphRole.Header).Should().Equal("Date: 29 October 2019");
    }

    [Fact]
    public void Golden_article_title_is_found_with_its_span()
    {
        var doc = ArticleReader.Instance.Read(Golden());
        doc.Title.Should().Be("Friend or Foe: Russia Gets Support in Afghan Peace Talks");
        doc.TitleSpan.Should().NotBeNull();
        doc.TitleSpan!.Value.GetText(doc.Text).Should().Be(doc.Title);
        Texts(doc, ParagraphRole.Title).Should().Equal(doc.Title);
    }

    [Fact]
    public void Golden_article_boilerplate_is_flagged()
    {
        var doc = ArticleReader.Instance.Read(Golden());
        var boilerplate = Texts(doc, ParagraphRole.Boilerplate);
        boilerplate.Should().HaveCount(4);
        boilerplate[0].Should().Be("Support Us");
        boilerplate[1].Should().StartWith("If content prepared by").And.Contain("Donations from private persons");
        boilerplate[2].Should().StartWith("All texts published by").And.EndWith("without permission.");
        boilerplate[3].Should().Be("Related posts");
    }

    [Fact]
    public void Golden_article_keeps_exactly_its_three_article_paragraphs_as_body()
    {
        var doc = ArticleReader.Instance.Read(Golden());
        var body = doc.BodyParagraphs.Select(p => p.Span.GetText(doc.Text)).ToArray();
        body.Should().HaveCount(3);
        body[0].Should().StartWith("Moscow is renewing efforts");
        body[1].Should().StartWith("On October 25, the U.S. chief peace negotiator");
        body[2].Should().StartWith("Attention should be drawn to China");
    }

    [Fact]
    public void Paragraph_spans_are_trimmed_ranges_of_the_original_text()
    {
        string text = Golden();
        var doc = ArticleReader.Instance.Read(text);
        doc.Text.Should().BeSameAs(text);
        foreach (var p in doc.Paragraphs)
        {
            var s = p.Span.GetText(text);
            s.Should().NotBeEmpty();
            s.Trim().Should().Be(s);
        }
    }

    [Fact]
    public void Caller_title_and_date_override_the_text()
    {
        var doc = ArticleReader.Instance.Read(Golden(), title: "Other title", published: new DateOnly(2020, 1, 2), id: "x");
        doc.Title.Should().Be("Other title");
        doc.TitleSpan.Should().BeNull();
        doc.Published.Should().Be(new DateOnly(2020, 1, 2));
        doc.Id.Should().Be("x");
    }

    [Fact]
    public void A_caller_title_present_in_the_text_is_located()
    {
        const string text = "Kabul Talks Resume\n\nThe talks resumed in Kabul on Monday after a long pause.";
        var doc = ArticleReader.Instance.Read(text, title: "Kabul Talks Resume");
        doc.TitleSpan.Should().Be(new TextSpan(0, 18));
        doc.BodyParagraphs.Should().HaveCount(1);
    }

    [Fact]
    public void Reuters_dateline_with_crlf_and_published_header()
    {
        const string text = "Taliban delegation visits Beijing\r\n\r\nPublished: Oct. 25, 2019\r\n\r\n"
            + "BEIJING, Oct 25 (Reuters) - A Taliban delegation met Chinese officials in Beijing on Friday, the foreign ministry said.\r\n\r\n"
            + "The visit follows talks in Moscow earlier this month.\r\n";
        var doc = ArticleReader.Instance.Read(text);
        doc.Published.Should().Be(new DateOnly(2019, 10, 25));
        doc.Title.Should().Be("Taliban delegation visits Beijing");
        Texts(doc, ParagraphRole.Header).Should().Equal("Published: Oct. 25, 2019");
        var body = Texts(doc, ParagraphRole.Body);
        body.Should().HaveCount(2);
        body[0].Should().StartWith("BEIJING, Oct 25 (Reuters) -").And.EndWith("said.");
        body.Should().OnlyContain(b => !b.Contains('\r'));
    }

    [Fact]
    public void Iso_date_line_and_single_newline_paragraphs_with_trailing_links()
    {
        const string text = "Ceasefire agreed in northern Syria\n2019-10-17\n"
            + "Turkey agreed on Thursday to pause its offensive in northern Syria for five days, officials said.\n"
            + "Kurdish forces will withdraw from a strip along the border, according to the statement.\n"
            + "Share this article\n"
            + "Sign up for our daily newsletter\n"
            + "© 2019 Example News. All rights reserved.\n";
        var doc = ArticleReader.Instance.Read(text);
        doc.Published.Should().Be(new DateOnly(2019, 10, 17));
        doc.Title.Should().Be("Ceasefire agreed in northern Syria");
        Texts(doc, ParagraphRole.Body).Should().HaveCount(2);
        Texts(doc, ParagraphRole.Boilerplate).Should().HaveCount(3);
    }

    [Fact]
    public void Posted_on_header_byline_and_read_more_links()
    {
        const string text = "Posted on October 29, 2019\n\nBy Jane Doe\n\n"
            + "Protesters gathered in Santiago on Tuesday for a tenth day of demonstrations against inequality.\n\n"
            + "Read more\n\nChile's president reshuffles cabinet\n\nProtests spread to Valparaiso";
        var doc = ArticleReader.Instance.Read(text);
        doc.Published.Should().Be(new DateOnly(2019, 10, 29));
        doc.Title.Should().BeNull("the first non-header paragraph is a full sentence");
        Texts(doc, ParagraphRole.Header).Should().Equal("Posted on October 29, 2019", "By Jane Doe");
        Texts(doc, ParagraphRole.Body).Should().ContainSingle().Which.Should().StartWith("Protesters gathered");
        Texts(doc, ParagraphRole.Boilerplate).Should().Equal("Read more", "Chile's president reshuffles cabinet", "Protests spread to Valparaiso");
    }

    [Fact]
    public void Article_without_date_has_no_publication_date_and_keeps_news_about_donations_as_body()
    {
        const string text = "Aid pledges fall short\n\n"
            + "Donors pledged $2 billion for Yemen on Tuesday, far short of the $4 billion the United Nations requested.\n\n"
            + "Saudi Arabia said it would donate $500 million, the largest single pledge.";
        var doc = ArticleReader.Instance.Read(text);
        doc.Published.Should().BeNull();
        doc.Title.Should().Be("Aid pledges fall short");
        Texts(doc, ParagraphRole.Body).Should().HaveCount(2);
        Texts(doc, ParagraphRole.Boilerplate).Should().BeEmpty();
    }

    [Fact]
    public void Dateline_with_year_gives_the_date_when_there_is_no_header()
    {
        const string text = "WASHINGTON, Oct. 29, 2019 (Reuters) - U.S. envoy Zalmay Khalilzad met Taliban negotiators, officials said.";
        var doc = ArticleReader.Instance.Read(text);
        doc.Published.Should().Be(new DateOnly(2019, 10, 29));
        doc.BodyParagraphs.Should().HaveCount(1);
    }

    [Fact]
    public void Hard_wrapped_paragraph_lines_are_kept_together()
    {
        const string text = "The delegation arrived in Moscow on Friday and held talks with senior\n"
            + "officials from the Russian foreign ministry, who said the meeting had\n"
            + "been productive and that further rounds would follow next month.\n\n"
            + "A second paragraph follows here.";
        var doc = ArticleReader.Instance.Read(text);
        doc.Paragraphs.Should().HaveCount(2);
        doc.Paragraphs[0].Span.GetText(text).Should().EndWith("next month.");
    }

    [Fact]
    public void Cookie_notice_is_boilerplate() =>
        ArticleReader.Instance.Read("Talks resumed in Doha on Saturday.\n\nWe use cookies to improve your experience on our site.")
            .Paragraphs[1].Role.Should().Be(ParagraphRole.Boilerplate);

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n \t \r\n")]
    [InlineData("\0\u0001\ud800")]
    public void Empty_or_odd_input_does_not_throw(string text)
    {
        var doc = ArticleReader.Instance.Read(text);
        doc.Published.Should().BeNull();
        doc.Paragraphs.Should().NotContain(p => p.Span.Length == 0 || p.Span.End > text.Length);
        if (string.IsNullOrWhiteSpace(text)) doc.Paragraphs.Should().BeEmpty();
    }

    [Fact]
    public void Huge_input_is_read_quickly()
    {
        var sb = new System.Text.StringBuilder();
        while (sb.Length < 4 << 20) sb.Append("The talks in Moscow continued on Friday, officials said.\n\n");
        sb.Append(new string('x', 1 << 20));
        var sw = System.Diagnostics.Stopwatch.StartNew();
        var doc = ArticleReader.Instance.Read(sb.ToString());
        sw.Stop();
        doc.Paragraphs.Count.Should().BeGreaterThan(1000);
        sw.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(20));
    }
}
