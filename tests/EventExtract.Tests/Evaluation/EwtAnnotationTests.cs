using EventExtract.Training.Corpora;
using EventExtract.Training.Evaluation;

namespace EventExtract.Tests.Evaluation;

// Reads ../shared/corpora/ud-english-ewt beside the repository, as CI lays it out. The quoted sentence is from
// UD English EWT (weblog of juancole.com), CC BY-SA 4.0.
public class EwtAnnotationTests
{
    private const string BaqubahPost = "weblog-juancole.com_juancole_20040114085100_ENG_20040114_085100";

    [Fact]
    public void An_EWT_weblog_post_is_rebuilt_with_its_paragraphs_and_the_date_of_its_id()
    {
        var article = EwtArticles.Load(BaqubahPost);

        article.Published.Should().Be(new DateOnly(2004, 1, 14));
        article.Partition.Should().Be("dev");
        article.Title.Should().BeNull("EWT marks no headline");
        article.Text.Should().StartWith("In the eastern city of Baqubah, guerrillas detonated a car bomb outside a police station, killing several people. The US lost");
        article.Text.Should().Contain("the crew was safe.\n\nIn Fallujah,");
        foreach (var (span, _) in article.Sentences) span.GetText(article.Text).Should().NotContain("\n");
    }

    [Fact]
    public void Only_weblog_and_newsgroup_documents_are_articles()
    {
        EwtArticles.Ids().Should().Contain(BaqubahPost).And.OnlyContain(id => id.StartsWith("weblog-") || id.StartsWith("newsgroup-"));
        EwtArticles.PublishedFromId("weblog-x_ENG_2004011").Should().BeNull();
        FluentActions.Invoking(() => EwtArticles.Load("reviews-000001")).Should().Throw<FileNotFoundException>();
    }

    [Fact]
    public void Every_committed_EWT_annotation_file_matches_its_text()
    {
        var errors = new List<string>();
        var files = EventAnnotationFile.ReadAll("ewt").ToList();
        files.Should().NotBeEmpty();
        foreach (var (path, file) in files)
            EventAnnotationValidator.Validate(file, EventAnnotationTexts.Load("ewt", file.Doc), Path.GetFileName(path), errors);
        errors.Should().BeEmpty();
    }
}
