using EventExtract.Training.Corpora;
using EventExtract.Training.Evaluation;

namespace EventExtract.Tests.Evaluation;

// Reads ../shared/corpora/gum beside the repository, as CI lays it out.
public class GumAnnotationTests
{
    [Fact]
    public void A_GUM_article_is_rebuilt_with_its_headline_dateline_date_and_paragraphs()
    {
        var article = GumArticles.Load("GUM_news_korea");

        article.Title.Should().Be("North Korea puts military in 'quasi-state of war'");
        article.Published.Should().Be(new DateOnly(2015, 8, 21));
        article.Text.Should().StartWith(article.Title + "\n\nFriday, August 21, 2015\n\n");
        foreach (var (span, _) in article.Sentences) span.GetText(article.Text).Should().NotContain("\n");
    }

    [Fact]
    public void The_dateline_wins_over_the_metadata_creation_date()
    {
        // GUM's dateCreated for this document is 2011-12-02; the article's dateline says May 7, 2015.
        GumArticles.Load("GUM_news_imprisoned").Published.Should().Be(new DateOnly(2015, 5, 7));
    }

    [Fact]
    public void The_document_missing_from_the_CoNLL_U_release_is_rebuilt_from_its_XML()
    {
        var article = GumArticles.Load("GUM_news_questionnaire");

        article.Text.Should().Contain("Labour's Shadow Home Secretary Yvette Cooper said her party has supported the idea \"for months\",");
        article.Published.Should().Be(new DateOnly(2023, 2, 23));
    }

    [Fact]
    public void Every_committed_GUM_annotation_file_matches_its_text()
    {
        var errors = new List<string>();
        var files = EventAnnotationFile.ReadAll("gum").ToList();
        foreach (var (path, file) in files)
            EventAnnotationValidator.Validate(file, EventAnnotationTexts.Load("gum", file.Doc), Path.GetFileName(path), errors);
        errors.Should().BeEmpty();
    }
}
