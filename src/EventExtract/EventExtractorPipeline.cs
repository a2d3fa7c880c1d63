using EventExtract.Tagging;
using EventExtract.Text;

namespace EventExtract;

/// <summary>Runs the analysis stages over a document. Internal until the public entry point settles.</summary>
internal sealed class EventExtractorPipeline
{
    public ITokenizer Tokenizer { get; init; } = RuleTokenizer.Instance;
    public ISentenceSplitter SentenceSplitter { get; init; } = RuleSentenceSplitter.Instance;
    public IPosTagger? PosTagger { get; init; }
    public IEntityRecognizer? EntityRecognizer { get; init; }
    public Time.ITimeTagger? TimeTagger { get; init; }
    public Places.IActorResolver? ActorResolver { get; init; }

    // The default tagger and recognizer share their per-token work when both are set (built on first use: the
    // properties are assigned by the object initializer, after the constructor).
    private readonly Lazy<PosAndEntityTagger?> _posAndEntities;

    public EventExtractorPipeline() =>
        _posAndEntities = new(() => PosTagger is AveragedPerceptronPosTagger pos && EntityRecognizer is AveragedPerceptronEntityRecognizer ner
            ? new PosAndEntityTagger(pos, ner) : null);

    public AnalyzedDocument Analyze(Document document)
    {
        // News text averages ~5 characters per token: a quarter of the length rarely has to grow (a grown table was
        // the bulk of the tokenizer's garbage, the old table and a doubled new one).
        var tokens = new TokenTable(document.Text, document.Text.Length / 4 + 16);
        var analyzed = new AnalyzedDocument(document, tokens);
        for (int p = 0; p < document.Paragraphs.Count; p++)
        {
            var paragraph = document.Paragraphs[p];
            int first = tokens.Count;
            Tokenizer.Tokenize(paragraph.Span, tokens);
            int firstSentence = analyzed.SentenceList.Count;
            SentenceSplitter.Split(tokens, first, tokens.Count - first, p, analyzed.SentenceList);
            CapSentenceLength(tokens, analyzed.SentenceList, firstSentence);
        }
        if (_posAndEntities.Value is { } both)
        {
            analyzed.PosArray = new UniversalPos[tokens.Count];
            foreach (var s in analyzed.SentenceList)
                foreach (var part in TaggingParts(tokens, s)) both.Run(tokens, part, analyzed.PosArray, analyzed.NameList);
        }
        else if (PosTagger is not null)
        {
            analyzed.PosArray = new UniversalPos[tokens.Count];
            foreach (var s in analyzed.SentenceList)
                foreach (var part in TaggingParts(tokens, s)) PosTagger.Tag(tokens, part, analyzed.PosArray);
        }
        if (EntityRecognizer is not null && _posAndEntities.Value is null)
        {
            for (int i = 0; i < analyzed.SentenceList.Count; i++)
                foreach (var part in TaggingParts(tokens, analyzed.SentenceList[i])) EntityRecognizer.Recognize(tokens, part, analyzed.PosArray, analyzed.NameList);
        }
        if (EntityRecognizer is not null && analyzed.NameList.Count > 0)
        {
            // A sentence-level recognizer misses or mistypes a name that another sentence gets right: one type per
            // name, and missed occurrences found from the document's surer ones.
            var consistent = NamePostPasses.Apply(tokens, analyzed.SentenceList, analyzed.PosArray, analyzed.NameList);
            analyzed.NameList.Clear();
            analyzed.NameList.AddRange(consistent);
        }
        TimeTagger?.Tag(analyzed, analyzed.TimexList);
        ActorResolver?.Resolve(analyzed, analyzed.ActorList, analyzed.PlaceList);
        return analyzed;
    }

    /// <summary>Longest sentence handed to the taggers and the event finder, in tokens.</summary>
    internal const int MaxSentenceTokens = 200;

    /// <summary>
    /// Cuts runs without sentence punctuation (a 10 MB line, a list pasted as one sentence) into pieces of at most
    /// <see cref="MaxSentenceTokens"/> tokens, so that per-sentence work stays bounded and total work linear.
    /// </summary>
    private static void CapSentenceLength(TokenTable tokens, List<Sentence> sentences, int from)
    {
        for (int i = from; i < sentences.Count; i++)
        {
            var s = sentences[i];
            if (s.TokenCount <= MaxSentenceTokens) continue;
            var pieces = new List<Sentence>();
            int start = s.FirstToken;
            while (start < s.EndToken)
            {
                int end = Math.Min(start + MaxSentenceTokens, s.EndToken);
                pieces.Add(new Sentence(new TextSpan(tokens.GetSpan(start).Start, tokens.GetSpan(end - 1).End), start, end - start, s.Paragraph));
                start = end;
            }
            sentences.RemoveAt(i);
            sentences.InsertRange(i, pieces);
            i += pieces.Count - 1;
        }
    }

    /// <summary>
    /// The sentence as the taggers read it: a sentence that opens with a dateline is tagged as the dateline and the story
    /// after it (see <see cref="DatelineOpening"/>), so the story's first word is read as a sentence's first word.
    /// </summary>
    private static TaggingPartList TaggingParts(TokenTable tokens, Sentence s)
    {
        int story = DatelineOpening.StoryStart(tokens, s);
        if (story <= s.FirstToken) return new TaggingPartList(s, default, 1);
        var dateline = new Sentence(new TextSpan(s.Span.Start, tokens.GetSpan(story - 1).End), s.FirstToken, story - s.FirstToken, s.Paragraph);
        var rest = new Sentence(new TextSpan(tokens.GetSpan(story).Start, s.Span.End), story, s.EndToken - story, s.Paragraph);
        return new TaggingPartList(dateline, rest, 2);
    }

    /// <summary>One or two sentence parts, enumerated without allocating.</summary>
    private readonly record struct TaggingPartList(Sentence First, Sentence Second, int Count)
    {
        public Enumerator GetEnumerator() => new(this);

        public struct Enumerator(TaggingPartList list)
        {
            private int _index = -1;

            public readonly Sentence Current => _index == 0 ? list.First : list.Second;

            public bool MoveNext() => ++_index < list.Count;
        }
    }
}
