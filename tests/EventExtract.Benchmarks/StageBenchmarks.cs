using BenchmarkDotNet.Attributes;
using EventExtract.Text;
using EventExtract.Time;

namespace EventExtract.Benchmarks;

/// <summary>Per-stage micro-benchmarks on the golden article, with allocation figures.</summary>
[MemoryDiagnoser]
public class StageBenchmarks
{
    private EventExtractor _extractor = null!;
    private string _text = "";
    private Document _document = null!;
    private AnalyzedDocument _analyzed = null!;

    /// <summary>Loads the golden article and the models.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "EventExtract.sln"))) dir = dir.Parent;
        _text = File.ReadAllText(Path.Combine(dir!.FullName, "samples", "data", "warsaw-institute-2019-10-29.txt"));
        _extractor = EventExtractor.Create();
        _document = ArticleReader.Instance.Read(_text);
        _analyzed = _extractor.Analyze(_text);
    }

    /// <summary>Article reader: paragraphs, header, title, boilerplate.</summary>
    [Benchmark]
    public Document Read() => ArticleReader.Instance.Read(_text);

    /// <summary>Tokenizer alone over the whole text.</summary>
    [Benchmark]
    public int Tokenize()
    {
        var table = new TokenTable(_text, 1024);
        _extractor.Pipeline.Tokenizer.Tokenize(new TextSpan(0, _text.Length), table);
        return table.Count;
    }

    /// <summary>Reader, tokenizer, splitter, tagger, recognizer and dates together.</summary>
    [Benchmark]
    public AnalyzedDocument Analyze() => _extractor.Pipeline.Analyze(_document);

    /// <summary>Time tagger alone.</summary>
    [Benchmark]
    public int Dates()
    {
        var list = new List<Timex>();
        _extractor.Pipeline.TimeTagger?.Tag(_analyzed, list);
        return list.Count;
    }

    /// <summary>The whole extraction, events included.</summary>
    [Benchmark]
    public int Extract() => _extractor.Extract(_text).Events.Count;
}
