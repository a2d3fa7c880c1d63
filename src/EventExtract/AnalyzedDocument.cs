using EventExtract.Places;
using EventExtract.Tagging;
using EventExtract.Text;
using EventExtract.Time;

namespace EventExtract;

/// <summary>
/// A document with everything the pipeline found in it: tokens, sentences, POS tags, names,
/// resolved actors and places, and time expressions. Filled stage by stage, read-only once returned.
/// </summary>
public sealed class AnalyzedDocument
{
    internal AnalyzedDocument(Document document, TokenTable tokens)
    {
        Document = document;
        Tokens = tokens;
    }

    /// <summary>The article as read.</summary>
    public Document Document { get; }

    /// <summary>The original text.</summary>
    public string Text => Document.Text;

    /// <summary>All tokens of the body, header and title paragraphs.</summary>
    public TokenTable Tokens { get; }

    /// <summary>Sentences in text order.</summary>
    public IReadOnlyList<Sentence> Sentences => SentenceList;

    internal List<Sentence> SentenceList { get; } = new();

    /// <summary>POS tag per token (indexed like <see cref="Tokens"/>); empty until tagged.</summary>
    public ReadOnlyMemory<UniversalPos> Pos => PosArray;

    internal UniversalPos[] PosArray { get; set; } = Array.Empty<UniversalPos>();

    /// <summary>Names found by the recognizer.</summary>
    public IReadOnlyList<EntitySpan> Names => NameList;

    internal List<EntitySpan> NameList { get; } = new();

    /// <summary>Actors (people, organizations, groups, countries) resolved from names, demonyms and metonyms.</summary>
    public IReadOnlyList<Actor> Actors => ActorList;

    internal List<Actor> ActorList { get; } = new();

    /// <summary>Places resolved against the gazetteer.</summary>
    public IReadOnlyList<Place> Places => PlaceList;

    internal List<Place> PlaceList { get; } = new();

    /// <summary>Time expressions with normalized values.</summary>
    public IReadOnlyList<Timex> Timexes => TimexList;

    internal List<Timex> TimexList { get; } = new();

    /// <summary>True when sentence <paramref name="index"/> lies in a body paragraph.</summary>
    public bool IsBodySentence(int index) =>
        Document.Paragraphs[SentenceList[index].Paragraph].Role == ParagraphRole.Body;

    /// <summary>Index of the sentence containing <paramref name="offset"/>, or -1.</summary>
    public int SentenceAt(int offset)
    {
        int lo = 0, hi = SentenceList.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            var s = SentenceList[mid].Span;
            if (offset < s.Start) hi = mid - 1;
            else if (offset >= s.End) lo = mid + 1;
            else return mid;
        }
        return -1;
    }
}
