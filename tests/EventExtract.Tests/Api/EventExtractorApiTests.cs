using Microsoft.Extensions.DependencyInjection;

namespace EventExtract.Tests.Api;

public class EventExtractorApiTests
{
    private static readonly EventExtractor Extractor = EventExtractor.Create();

    [Fact]
    public void Input_over_the_limit_gives_an_argument_exception_naming_the_limit()
    {
        var small = EventExtractor.Create(new EventExtractorOptions { MaxInputLength = 100 });
        var act = () => small.Extract(new string('a', 101));
        act.Should().Throw<ArgumentException>().WithMessage("*100*MaxInputLength*");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n\t ")]
    [InlineData("\0\0\uD800 junk \uDFFF")]
    public void Odd_text_gives_a_valid_result(string text)
    {
        var result = Extractor.Extract(text);
        result.Events.Should().NotBeNull();
        result.Document.Text.Should().BeSameAs(text);
    }

    [Fact]
    public void Without_KeepAnalysis_the_result_drops_the_analysis_but_keeps_the_events()
    {
        const string text = "Officials from France and Germany met in Berlin on Monday. \"We agreed on a plan,\" the French minister said.";
        var published = new ArticleInfo(Published: new DateOnly(2021, 3, 10));
        var lean = EventExtractor.Create(new EventExtractorOptions { KeepAnalysis = false });

        var full = Extractor.Extract(text, published);
        var slim = lean.Extract(text, published);

        full.Analysis.Should().NotBeNull();
        slim.Analysis.Should().BeNull();
        full.Events.Should().NotBeEmpty();
        slim.Events.Should().BeEquivalentTo(full.Events, o => o.RespectingRuntimeTypes());
        slim.Actors.Should().BeEquivalentTo(full.Actors);
    }

    [Fact]
    public void Null_text_is_an_argument_error()
    {
        var act = () => Extractor.Extract(null!);
        act.Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Publication_date_from_the_caller_wins()
    {
        var result = Extractor.Extract("Talks were held on Friday.", new ArticleInfo(Published: new DateOnly(2020, 1, 3)));
        result.Document.Published.Should().Be(new DateOnly(2020, 1, 3));
    }

    [Fact]
    public void ExtractMany_keeps_input_order()
    {
        var articles = Enumerable.Range(0, 40).Select(i => new Article($"Article number {i}.", new ArticleInfo(Id: i.ToString()))).ToList();
        var ids = Extractor.ExtractMany(articles, maxDegreeOfParallelism: 4).Select(r => r.Document.Id).ToList();
        ids.Should().Equal(articles.Select(a => a.Info!.Id));
    }

    [Fact]
    public async Task ExtractManyAsync_keeps_input_order()
    {
        var ids = new List<string?>();
        await foreach (var r in Extractor.ExtractManyAsync(Articles(25), maxDegreeOfParallelism: 3))
            ids.Add(r.Document.Id);
        ids.Should().Equal(Enumerable.Range(0, 25).Select(i => i.ToString()));
    }

    [Fact]
    public async Task ExtractAsync_reads_from_a_reader()
    {
        var result = await Extractor.ExtractAsync(new StringReader("Officials met in Paris."), new ArticleInfo(Id: "r"));
        result.Document.Text.Should().Be("Officials met in Paris.");
    }

    [Fact]
    public void Dependency_injection_registers_one_shared_extractor()
    {
        using var provider = new ServiceCollection().AddEventExtractor().BuildServiceProvider();
        provider.GetRequiredService<EventExtractor>().Should().BeSameAs(provider.GetRequiredService<EventExtractor>());
    }

    private static async IAsyncEnumerable<Article> Articles(int count)
    {
        for (int i = 0; i < count; i++)
        {
            await Task.Yield();
            yield return new Article($"Article {i} text.", new ArticleInfo(Id: i.ToString()));
        }
    }
}
