using System.Text.RegularExpressions;
using EventExtract.Events;
using EventExtract.Places;
using EventExtract.Tagging;
using EventExtract.Text;
using EventExtract.Time;

namespace EventExtract.Tests.Events;

/// <summary>
/// Builds an <see cref="AnalyzedDocument"/> by hand for rule tests: a small tokenizer, splitter and
/// dictionary tagger, plus actors, places, time expressions and triggers marked by their text.
/// </summary>
internal sealed partial class TestDocument
{
    private readonly string _text;
    private readonly DateOnly? _published;
    private readonly List<Func<AnalyzedDocument, Actor>> _actors = new();
    private readonly List<Func<AnalyzedDocument, Place>> _places = new();
    private readonly List<Func<AnalyzedDocument, Timex>> _timexes = new();
    private readonly List<(string Text, int Nth, EventType Type, float Confidence)> _triggers = new();
    private readonly Dictionary<int, ParagraphRole> _roles = new();

    public TestDocument(string text, DateOnly? published = null)
    {
        _text = text;
        _published = published;
    }

    public TestDocument Actor(string mention, ActorKind kind, string? country = null, string? canonical = null, int nth = 0)
    {
        _actors.Add(_ => { var span = Find(mention, nth); return new Actor(mention, span, kind, country, canonical ?? mention); });
        return this;
    }

    /// <summary>A country or capital that is both a place and an actor (a government).</summary>
    public TestDocument Country(string mention, string code, bool isCountry = true, string? canonical = null, int nth = 0)
    {
        Actor(mention, ActorKind.Country, code, canonical, nth);
        return Place(mention, code, isCountry, canonical, nth);
    }

    /// <summary>Marks every whole-word occurrence of <paramref name="mention"/> as an actor.</summary>
    public TestDocument AllActors(string mention, ActorKind kind, string? country = null, string? canonical = null)
    {
        for (int n = 0; n < Occurrences(mention); n++) Actor(mention, kind, country, canonical, n);
        return this;
    }

    /// <summary>Marks every whole-word occurrence as both a country actor and a place.</summary>
    public TestDocument AllCountries(string mention, string code, bool isCountry = true, string? canonical = null)
    {
        for (int n = 0; n < Occurrences(mention); n++) Country(mention, code, isCountry, canonical, n);
        return this;
    }

    private int Occurrences(string mention)
    {
        int count = 0;
        for (int at = _text.IndexOf(mention, StringComparison.Ordinal); at >= 0; at = _text.IndexOf(mention, at + 1, StringComparison.Ordinal)) count++;
        return count;
    }

    public TestDocument Place(string mention, string? country, bool isCountry = false, string? name = null, int nth = 0)
    {
        _places.Add(_ => new Place(mention, Find(mention, nth), name ?? mention, country, null, null, null, isCountry));
        return this;
    }

    public TestDocument Timex(string mention, string value, TimexMod mod = TimexMod.None, TimexType type = TimexType.Date, int nth = 0)
    {
        _timexes.Add(doc =>
        {
            var span = Find(mention, nth);
            return new Timex(span, mention, type, value, mod, doc.SentenceAt(span.Start));
        });
        return this;
    }

    public TestDocument Trigger(string mention, EventType type, float confidence = 0.8f, int nth = 0)
    {
        _triggers.Add((mention, nth, type, confidence));
        return this;
    }

    public TestDocument Role(int paragraph, ParagraphRole role)
    {
        _roles[paragraph] = role;
        return this;
    }

    public TextSpan Find(string mention, int nth = 0)
    {
        int at = -1;
        for (int i = 0; i <= nth; i++)
        {
            at = _text.IndexOf(mention, at + 1, StringComparison.Ordinal);
            if (at < 0) throw new ArgumentException($"'{mention}' (#{nth}) not in test text");
        }
        return new TextSpan(at, at + mention.Length);
    }

    public AnalyzedDocument Build()
    {
        var read = ArticleReader.Instance.Read(_text, published: _published);
        // Every paragraph is body text unless the test says otherwise (the real reader may take a short line for a title).
        var paragraphs = read.Paragraphs.Select((p, i) => p with { Role = _roles.TryGetValue(i, out var r) ? r : ParagraphRole.Body }).ToList();
        var document = new Document(_text, null, null, _published, paragraphs);
        var tokens = new TokenTable(_text);
        var doc = new AnalyzedDocument(document, tokens);
        for (int p = 0; p < paragraphs.Count; p++)
        {
            int first = tokens.Count;
            Tokenize(paragraphs[p].Span, tokens);
            Split(tokens, first, tokens.Count, p, doc.SentenceList);
        }
        doc.PosArray = new UniversalPos[tokens.Count];
        foreach (var s in doc.SentenceList) Tag(tokens, s, doc.PosArray);
        foreach (var a in _actors) doc.ActorList.Add(a(doc));
        doc.ActorList.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        foreach (var p in _places) doc.PlaceList.Add(p(doc));
        doc.PlaceList.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        foreach (var t in _timexes) doc.TimexList.Add(t(doc));
        doc.TimexList.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return doc;
    }

    public ITriggerDetector Detector() => new StubDetector(this);

    public IReadOnlyList<ExtractedEvent> Find() => new RuleEventFinder(Detector()).Find(Build());

    private sealed class StubDetector(TestDocument owner) : ITriggerDetector
    {
        public void Detect(AnalyzedDocument document, List<TriggerCandidate> output)
        {
            foreach (var (text, nth, type, confidence) in owner._triggers)
            {
                var span = owner.Find(text, nth);
                int first = document.Tokens.FindFirstEndingAfter(span.Start);
                int last = first;
                while (last + 1 < document.Tokens.Count && document.Tokens.GetSpan(last + 1).Start < span.End) last++;
                output.Add(new TriggerCandidate(document.SentenceAt(span.Start), first, last - first + 1, type, confidence));
            }
            output.Sort((a, b) => a.FirstToken.CompareTo(b.FirstToken));
        }
    }

    [GeneratedRegex(@"(?<abbr>(?:[A-Z]\.){2,})|(?<clitic>['’]s\b|n't\b)|(?<num>\d+(?:,\d{3})*(?:\.\d+)?)|(?<word>[A-Za-z]+(?:(?:-|')[A-Za-z]+)*)|(?<quote>[""“”„«»])|(?<dash>—|–|--)|(?<punct>[.,;:!?])|(?<bracket>[()\[\]])|(?<sym>\S)")]
    private static partial Regex TokenPattern();

    private static void Tokenize(TextSpan range, TokenTable output)
    {
        foreach (Match m in TokenPattern().Matches(output.Text[..range.End], range.Start))
        {
            var kind = m.Groups["abbr"].Success ? TokenKind.Abbreviation
                : m.Groups["clitic"].Success ? TokenKind.Clitic
                : m.Groups["num"].Success ? TokenKind.Number
                : m.Groups["word"].Success ? TokenKind.Word
                : m.Groups["quote"].Success ? TokenKind.Quote
                : m.Groups["dash"].Success ? TokenKind.Dash
                : m.Groups["punct"].Success ? TokenKind.Punctuation
                : m.Groups["bracket"].Success ? TokenKind.Bracket
                : TokenKind.Symbol;
            output.Add(m.Index, m.Index + m.Length, kind);
        }
    }

    private static void Split(TokenTable tokens, int first, int end, int paragraph, List<Sentence> output)
    {
        int start = first;
        for (int i = first; i < end; i++)
        {
            var c = tokens.GetChars(i);
            bool terminal = c.Length == 1 && c[0] is '.' or '!' or '?';
            if (!terminal && i != end - 1) continue;
            if (terminal && i + 1 < end && tokens.GetKind(i + 1) == TokenKind.Quote && tokens.GetChars(i + 1)[0] is '”' or '"') i++;
            output.Add(new Sentence(new TextSpan(tokens.GetSpan(start).Start, tokens.GetSpan(i).End), start, i - start + 1, paragraph));
            start = i + 1;
        }
    }

    private static readonly Dictionary<string, UniversalPos> s_lexicon = BuildLexicon();

    private static Dictionary<string, UniversalPos> BuildLexicon()
    {
        var d = new Dictionary<string, UniversalPos>(StringComparer.Ordinal);
        void Add(UniversalPos pos, string words) { foreach (var w in words.Split(' ')) d[w] = pos; }
        Add(UniversalPos.DET, "the a an this these those their its his her all both some each another every no");
        Add(UniversalPos.ADP, "of in on at for from with by about against between among into over after during following near outside according per via amid despite");
        Add(UniversalPos.AUX, "is are was were be been being has have had will would could should may might can must did does do");
        Add(UniversalPos.PART, "not n't 's ’s to");
        Add(UniversalPos.CCONJ, "and or but nor");
        Add(UniversalPos.SCONJ, "that if because whether while although unless since");
        Add(UniversalPos.PRON, "they he she it we who which them him us");
        Add(UniversalPos.ADV, "also soon initially earlier never still later again already reportedly jointly then just");
        Add(UniversalPos.ADJ, "deadly last recent new joint post-meeting foreign prime chief special several other first second final suicide armed local civil several many");
        Add(UniversalPos.NOUN, "meeting meetings talks summit statement bombing shooting shelling morning evening people soldiers civilians children trip visit attack war minister ministry government officials counterparts delegation delegates leaders dozens hundreds spokesman servers bus participants parties countries sides energy security trade border blast strike ceasefire peace negotiations agreement capital table");
        Add(UniversalPos.VERB, "met meet meets said says told urge urged called visited hosted held hold killed killing wounded injured left refused scheduled take took place attacked opened fire made announced warned postponed cancelled plan plans discussed agreed sat signed struck carried claimed denied reiterated sign release launched resume reach launch pave");
        Add(UniversalPos.NUM, "one two three four five six seven eight nine ten eleven twelve twenty thirty dozen");
        return d;
    }

    private static void Tag(TokenTable tokens, Sentence s, UniversalPos[] tags)
    {
        for (int i = s.FirstToken; i < s.EndToken; i++)
        {
            var kind = tokens.GetKind(i);
            string raw = tokens.GetString(i);
            string w = raw.ToLowerInvariant();
            UniversalPos pos;
            if (kind is TokenKind.Punctuation or TokenKind.Quote or TokenKind.Dash or TokenKind.Bracket) pos = UniversalPos.PUNCT;
            else if (kind == TokenKind.Number) pos = UniversalPos.NUM;
            else if (kind == TokenKind.Clitic) pos = UniversalPos.PART;
            else if (kind == TokenKind.Abbreviation) pos = UniversalPos.PROPN;
            else if (s_lexicon.TryGetValue(w, out var known) && !(char.IsUpper(raw[0]) && i != s.FirstToken && known == UniversalPos.NOUN)) pos = known;
            else if (char.IsUpper(raw[0])) pos = UniversalPos.PROPN;
            else if (w.EndsWith("ed", StringComparison.Ordinal) || w.EndsWith("ing", StringComparison.Ordinal)) pos = UniversalPos.VERB;
            else if (w.EndsWith("ly", StringComparison.Ordinal)) pos = UniversalPos.ADV;
            else pos = UniversalPos.NOUN;
            // "to" before a verb is a particle, else a preposition.
            if (w == "to") pos = i + 1 < s.EndToken && s_lexicon.TryGetValue(tokens.GetString(i + 1).ToLowerInvariant(), out var next) && next is UniversalPos.VERB or UniversalPos.AUX ? UniversalPos.PART : UniversalPos.ADP;
            tags[i] = pos;
        }
    }
}
