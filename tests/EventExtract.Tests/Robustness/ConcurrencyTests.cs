namespace EventExtract.Tests.Robustness;

public class ConcurrencyTests
{
    private static readonly EventExtractor Extractor = EventExtractor.Create();

    [Fact]
    public void One_extractor_shared_by_eight_threads_gives_the_sequential_results()
    {
        var articles = TestArticles.Variations(1000);
        var expected = articles.Select(a => ResultInvariants.Fingerprint(Extractor.Extract(a))).ToArray();
        var actual = new string[articles.Count];
        var threads = Enumerable.Range(0, 8).Select(t => new Thread(() =>
        {
            for (int i = t; i < articles.Count; i += 8)
                actual[i] = ResultInvariants.Fingerprint(Extractor.Extract(articles[i]));
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        actual.Should().Equal(expected);
    }

    [Fact]
    public void ExtractMany_in_parallel_gives_the_sequential_results_in_order()
    {
        var articles = TestArticles.Variations(300, seed: 11);
        var expected = articles.Select(a => ResultInvariants.Fingerprint(Extractor.Extract(a))).ToList();
        var actual = Extractor.ExtractMany(articles.Select(a => new Article(a)), maxDegreeOfParallelism: 8)
            .Select(ResultInvariants.Fingerprint).ToList();
        actual.Should().Equal(expected);
    }

    [Fact]
    public void Cancelling_ExtractMany_stops_promptly_without_losing_or_duplicating_results()
    {
        var articles = TestArticles.Variations(5000, seed: 3).Select((a, i) => new Article(a, new ArticleInfo(Id: i.ToString()))).ToList();
        using var cts = new CancellationTokenSource();
        var seen = new List<string>();
        var act = () =>
        {
            foreach (var r in Extractor.ExtractMany(articles, maxDegreeOfParallelism: 4, cancellationToken: cts.Token))
            {
                seen.Add(r.Document.Id!);
                if (seen.Count == 50) cts.Cancel();
            }
        };
        act.Should().Throw<OperationCanceledException>();
        seen.Count.Should().BeInRange(50, 50 + 64, "work stops soon after cancellation");
        seen.Should().Equal(Enumerable.Range(0, seen.Count).Select(i => i.ToString()), "completed results come in order, none lost or repeated");
    }

    [Fact]
    public async Task Cancelling_ExtractManyAsync_stops_promptly_without_losing_or_duplicating_results()
    {
        using var cts = new CancellationTokenSource();
        var seen = new List<string>();
        var act = async () =>
        {
            await foreach (var r in Extractor.ExtractManyAsync(Source(cts.Token), maxDegreeOfParallelism: 4, cts.Token))
            {
                seen.Add(r.Document.Id!);
                if (seen.Count == 30) cts.Cancel();
            }
        };
        await act.Should().ThrowAsync<OperationCanceledException>();
        seen.Should().Equal(Enumerable.Range(0, seen.Count).Select(i => i.ToString()));
        seen.Count.Should().BeInRange(30, 40);
    }

    private static async IAsyncEnumerable<Article> Source([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken token)
    {
        var texts = TestArticles.Variations(10_000, seed: 5);
        for (int i = 0; i < texts.Count; i++)
        {
            token.ThrowIfCancellationRequested();
            await Task.Yield();
            yield return new Article(texts[i], new ArticleInfo(Id: i.ToString()));
        }
    }
}
