using System.Buffers;
using EventExtract.Text;

namespace EventExtract.Tagging;

/// <summary>
/// Greedy BILOU named-entity recognizer (person, organization, location): an averaged perceptron over
/// word, affix, shape, POS, gazetteer, name-cue (<see cref="NameCues"/>) and neighbour features plus the two previous labels, decoded left to right
/// under BILOU well-formedness constraints, then tidied: titles are left out of person names (<see cref="TrimTitles"/>) and an
/// unknown lowercase particle joins two person spans (<see cref="JoinParticles"/>). Confidence of an entity = the mean over its tokens of the
/// softmax probability (at a temperature fitted on held-out data) of the chosen label among the labels
/// allowed at that position. Immutable and thread-safe.
/// </summary>
public sealed class AveragedPerceptronEntityRecognizer : IEntityRecognizer
{
    private const string Magic = "EENER";
    private const int FormatVersion = 5;

    private readonly LinearModel _model;
    private readonly SpanStringMap<byte> _vocabulary;
    private readonly SpanStringMap<byte> _gazetteer;
    private readonly SpanStringMap<byte> _cues;
    private readonly bool _scoreEveryToken;

    internal AveragedPerceptronEntityRecognizer(LinearModel model, SpanStringMap<byte> vocabulary, SpanStringMap<byte> gazetteer, SpanStringMap<byte> cues, float temperature,
        bool scoreEveryToken = false)
    {
        _cues = cues;
        _model = model;
        _vocabulary = vocabulary;
        _gazetteer = gazetteer;
        Temperature = temperature;
        _scoreEveryToken = scoreEveryToken;
        _words = new VocabularyIndex(vocabulary);
        _wordSums = new WordPartialSums(model, _words.Count, EntityFeaturizer.WordFeatures);
    }

    private readonly VocabularyIndex _words;
    private readonly WordPartialSums _wordSums;

    /// <summary>The vocabulary, looked up once per token.</summary>
    internal VocabularyIndex Words => _words;

    /// <summary>Returns a copy that scores every token, without the shortcut for plainly outside tokens (to measure what the shortcut changes).</summary>
    internal AveragedPerceptronEntityRecognizer WithEveryTokenScored() => new(_model, _vocabulary, _gazetteer, _cues, Temperature, scoreEveryToken: true);

    internal SpanStringMap<byte> Vocabulary => _vocabulary;

    internal SpanStringMap<byte> Gazetteer => _gazetteer;

    /// <summary>Token features as the recognizer computes them (for scoring tools).</summary>
    internal TokenInfo Info(ReadOnlySpan<char> word)
    {
        var info = TokenInfo.Compute(word, _vocabulary, _gazetteer);
        info.Cue = NameCues.Lookup(word, info.HasUpper, _cues);
        return info;
    }

    internal SpanStringMap<byte> Cues => _cues;

    internal LinearModel Model => _model;

    /// <summary>Softmax temperature used for confidences.</summary>
    internal float Temperature { get; }

    /// <summary>Loads the model embedded in the library (trained on UniversalNER EWT + GUM).</summary>
    public static AveragedPerceptronEntityRecognizer LoadDefault()
    {
        using var s = TaggingResources.Open(TaggingResources.EntityModelFile);
        return Load(s);
    }

    /// <summary>Loads a model written by the training program.</summary>
    public static AveragedPerceptronEntityRecognizer Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var r = TaggingResources.Reader(stream);
        if (r.ReadString() != Magic || r.ReadInt32() != FormatVersion) throw new InvalidDataException("Not an entity model of this version.");
        float temperature = r.ReadSingle();
        var vocabulary = VocabularyIO.Read(r);
        var gazetteer = SpanStringMap<byte>.Read(r);
        var cues = ReadMap(r);
        var model = LinearModel.Read(r);
        if (model.ClassCount != EntityLabels.Count) throw new InvalidDataException("Entity model has the wrong number of classes.");
        return new AveragedPerceptronEntityRecognizer(model, vocabulary, gazetteer, cues, temperature);
    }

    private static SpanStringMap<byte> ReadMap(BinaryReader r) => SpanStringMap<byte>.Read(r);

    /// <summary>Returns a copy with another weight model (for pruning experiments).</summary>
    internal AveragedPerceptronEntityRecognizer WithModel(LinearModel model) => new(model, _vocabulary, _gazetteer, _cues, Temperature, _scoreEveryToken);

    /// <summary>Returns a copy with another confidence temperature.</summary>
    internal AveragedPerceptronEntityRecognizer WithTemperature(float temperature) => new(_model, _vocabulary, _gazetteer, _cues, temperature, _scoreEveryToken);

    /// <summary>Writes the model (deterministically).</summary>
    internal void Save(Stream stream)
    {
        using var w = TaggingResources.Writer(stream);
        w.Write(Magic);
        w.Write(FormatVersion);
        w.Write(Temperature);
        VocabularyIO.Write(w, _vocabulary);
        var places = _gazetteer.Entries.OrderBy(e => e.Key, StringComparer.Ordinal).ToArray();
        w.Write(places.Length);
        foreach (var e in places)
        {
            w.Write(e.Key);
            w.Write(e.Value);
        }
        var cues = _cues.Entries.OrderBy(e => e.Key, StringComparer.Ordinal).ToArray();
        w.Write(cues.Length);
        foreach (var e in cues)
        {
            w.Write(e.Key);
            w.Write(e.Value);
        }
        _model.Write(w);
    }

    /// <inheritdoc />
    public void Recognize(TokenTable tokens, Sentence sentence, ReadOnlySpan<UniversalPos> tags, List<EntitySpan> output)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(output);
        int n = sentence.TokenCount;
        if (n <= 0) return;
        if (sentence.FirstToken < 0 || sentence.EndToken > tokens.Count) throw new ArgumentOutOfRangeException(nameof(sentence));
        var infos = ArrayPool<TokenInfo>.Shared.Rent(n);
        var exactHashes = ArrayPool<uint>.Shared.Rent(n);
        var entries = ArrayPool<int>.Shared.Rent(n);
        try
        {
            TokenInfo.ComputeSentence(tokens, sentence, _words, infos.AsSpan(0, n), exactHashes.AsSpan(0, n), entries.AsSpan(0, n));
            for (int i = 0; i < n; i++)
                SetLexicon(ref infos[i], tokens.GetChars(sentence.FirstToken + i), exactHashes[i], entries[i]);
            Recognize(tokens, sentence, tags, output, infos.AsSpan(0, n));
        }
        finally
        {
            ArrayPool<TokenInfo>.Shared.Return(infos);
            ArrayPool<uint>.Shared.Return(exactHashes);
            ArrayPool<int>.Shared.Return(entries);
        }
    }

    /// <summary>
    /// Sets the vocabulary flags and word row (from <paramref name="entry"/>, the token's entry in <see cref="Words"/>),
    /// gazetteer flags and name cue of a token.
    /// </summary>
    internal void SetLexicon(ref TokenInfo info, ReadOnlySpan<char> word, uint exactHash, int entry)
    {
        byte lexical = _words.Flags(entry);
        info.SetLexical(lexical);
        info.EntityWordRow = WordPartialSums.RowOf(entry, info.Form);
        info.Gazetteer = TokenInfo.GazetteerLookup(word, exactHash, info.Flags, lexical, _gazetteer);
        info.Cue = NameCues.Lookup(word, exactHash, info.HasUpper, _cues);
    }

    /// <summary>Recognizes names in a sentence whose token features are computed already (see <see cref="SetLexicon"/>).</summary>
    internal void Recognize(TokenTable tokens, Sentence sentence, ReadOnlySpan<UniversalPos> tags, List<EntitySpan> output, ReadOnlySpan<TokenInfo> infos)
    {
        int n = infos.Length;
        var pos = ArrayPool<UniversalPos>.Shared.Rent(n);
        var labels = ArrayPool<byte>.Shared.Rent(n);
        var probs = ArrayPool<float>.Shared.Rent(n);
        try
        {
            for (int i = 0; i < n; i++)
            {
                int t = sentence.FirstToken + i;
                pos[i] = t < tags.Length ? tags[t] : UniversalPos.X; // untagged input degrades, never throws
            }
            Decode(infos, pos.AsSpan(0, n), labels.AsSpan(0, n), probs.AsSpan(0, n));
            for (int i = 0; i < n; i++)
            {
                var part = EntityLabels.PartOf(labels[i]);
                if (part is not (EntityLabels.Part.Begin or EntityLabels.Part.Unit)) continue;
                int end = i;
                while (EntityLabels.PartOf(labels[end]) is not (EntityLabels.Part.Last or EntityLabels.Part.Unit)) end++;
                float sum = 0;
                for (int j = i; j <= end; j++) sum += probs[j];
                int first = sentence.FirstToken + i, last = sentence.FirstToken + end;
                output.Add(new EntitySpan(
                    new TextSpan(tokens.GetSpan(first).Start, tokens.GetSpan(last).End),
                    first, end - i + 1, EntityLabels.TypeOf(labels[i]), sum / (end - i + 1)));
                i = end;
            }
        }
        finally
        {
            ArrayPool<UniversalPos>.Shared.Return(pos);
            ArrayPool<byte>.Shared.Return(labels);
            ArrayPool<float>.Shared.Return(probs);
        }
    }

    /// <summary>
    /// Labels one sentence greedily. Always yields a well-formed BILOU sequence; <paramref name="probs"/>
    /// receives each chosen label's softmax probability among the allowed labels (1 for O labels, whose
    /// confidence is never used). Returns the number of tokens labelled O without scoring.
    /// </summary>
    internal int Decode(ReadOnlySpan<TokenInfo> infos, ReadOnlySpan<UniversalPos> pos, Span<byte> labels, Span<float> probs)
    {
        Span<ulong> features = stackalloc ulong[EntityFeaturizer.MaxFeatures];
        Span<float> scores = stackalloc float[EntityLabels.Count];
        Span<float> scratch = stackalloc float[32];
        int prev1 = EntityLabels.Start, prev2 = EntityLabels.Start;
        int n = infos.Length, unscored = 0;
        bool named = false;
        for (int i = 0; i < n; i++)
        {
            uint valid = EntityLabels.ValidMask(prev1, i == n - 1);
            if (!_scoreEveryToken && (valid & 1) != 0 && PlainlyOutside(infos, i))
            {
                labels[i] = EntityLabels.Outside;
                probs[i] = 1f;
                prev2 = prev1;
                prev1 = EntityLabels.Outside;
                unscored++;
                continue;
            }
            // A vocabulary word's word features are summed already: go on from that sum with the others.
            int row = infos[i].EntityWordRow;
            int k = EntityFeaturizer.Extract(infos, pos, i, prev1, prev2, features, withWord: row == 0);
            if (row != 0) _model.Score(_wordSums.Get(row, infos[i], scratch), features[..k], scores);
            else _model.Score(features[..k], scores);
            // O is allowed whenever no entity is open, which is the common case; otherwise start from the first allowed label.
            int best = System.Numerics.BitOperations.TrailingZeroCount(valid);
            float top = scores[best];
            for (uint m = valid & (valid - 1); m != 0; m &= m - 1)
            {
                int c = System.Numerics.BitOperations.TrailingZeroCount(m);
                if (scores[c] > top) { top = scores[c]; best = c; }
            }
            labels[i] = (byte)best;
            probs[i] = best == EntityLabels.Outside ? 1f : Probability(scores, best, valid);
            named |= best != EntityLabels.Outside;
            prev2 = prev1;
            prev1 = best;
        }
        if (named)
        {
            TrimTitles(infos, pos, labels);
            JoinParticles(infos, labels);
            JoinFirstNameOverParticles(infos, labels);
            CountriesArePlaces(infos, labels);
            CompaniesAreOrganizations(infos, labels);
            JoinOrganizationsOverAnd(infos, labels);
            JoinOrganizationHeadsOverAnd(infos, labels);
            SplitPersonsAtAnd(infos, labels);
            InitialsArePlaces(infos, labels);
            BracketedAliasesOfOrganizations(infos, labels);
        }
        TagTitleLedOrganizations(infos, labels);
        LowercasePlaces(infos, labels);
        return unscored;
    }

    /// <summary>
    /// Leaves a title out of the person named after it, as the training annotation does ("[Kenyan President] Daniel Moi",
    /// "[Secretary of State] Maria Ortiz"): a name span's leading title words (title cue; a capitalized adjective before
    /// one; after a title, "of" and the capitalized words up to a first name) become O, and a span that starts right after
    /// "Title of" and holds a first name followed by another word is cut to the person from that first name on.
    /// </summary>
    internal static void TrimTitles(ReadOnlySpan<TokenInfo> infos, ReadOnlySpan<UniversalPos> pos, Span<byte> labels)
    {
        for (int i = 0; i < labels.Length; i++)
        {
            if (EntityLabels.PartOf(labels[i]) != EntityLabels.Part.Begin) continue;
            int end = i;
            while (EntityLabels.PartOf(labels[end]) != EntityLabels.Part.Last) end++;
            var type = EntityLabels.TypeOf(labels[i]);
            int first = i;
            bool afterTitleOf = i >= 2 && infos[i - 2].Cue == NameCues.Title && infos[i - 1].Lower == OfHash;
            if (type == EntityType.Person || afterTitleOf)
            {
                if (type == EntityType.Person)
                    while (first < end && (infos[first].Cue == NameCues.Title
                           || pos[first] == UniversalPos.ADJ && first + 1 < end && infos[first + 1].Cue == NameCues.Title))
                        first++;
                bool titled = first > i || afterTitleOf;
                if (titled && (afterTitleOf || infos[first].Lower == OfHash))
                {
                    // "of State Maria Ortiz": skip to the first name, when one follows with a word after it.
                    int k = first;
                    while (k < end && (infos[k].Gazetteer & GazetteerFlags.FirstName) == 0) k++;
                    if (k < end) first = k;
                    else if (afterTitleOf) first = i;
                }
            }
            if (type != EntityType.Person && first == i && TitledPersonInside(infos, pos, labels, i, end) is var (title, person, personEnd))
            {
                end = personEnd;
                // "[U.S. Secretary of State Antony Blinken]", "[Director of National Intelligence Dan Coats]" read as one
                // organization: the words before the title stay a name of their own, and the title is left out.
                if (title > i) LabelName(labels, i, title - 1, type);
                for (int k = title; k < person; k++) labels[k] = EntityLabels.Outside;
                LabelName(labels, person, end, EntityType.Person);
            }
            if (first > i)
            {
                for (int k = i; k < first; k++) labels[k] = EntityLabels.Outside;
                LabelName(labels, first, end, EntityType.Person);
            }
            i = end;
        }
    }

    /// <summary>Labels tokens <paramref name="first"/>..<paramref name="last"/> as one name of <paramref name="type"/> (BILOU).</summary>
    private static void LabelName(Span<byte> labels, int first, int last, EntityType type)
    {
        labels[first] = (byte)EntityLabels.Of(first == last ? EntityLabels.Part.Unit : EntityLabels.Part.Begin, type);
        for (int k = first + 1; k < last; k++) labels[k] = (byte)EntityLabels.Of(EntityLabels.Part.Inside, type);
        if (last > first) labels[last] = (byte)EntityLabels.Of(EntityLabels.Part.Last, type);
    }

    /// <summary>
    /// In a name span <c>[start, end]</c> that is not a person's, a title (a title cue, with the words before it that
    /// name no place and are no acronym) followed by "of", capitalized words or more titles, then a first name and at most two more words, none
    /// an organization's cue word: the title's first token, the first name's and the person's last (a surname right after
    /// the span included). Null when the span holds no such person.
    /// </summary>
    private static (int Title, int Person, int End)? TitledPersonInside(ReadOnlySpan<TokenInfo> infos, ReadOnlySpan<UniversalPos> pos, ReadOnlySpan<byte> labels, int start, int end)
    {
        int t = start;
        while (t < end && infos[t].Cue != NameCues.Title) t++;
        if (t >= end) return null;
        int k = t + 1;
        while (k <= end && (infos[k].Gazetteer & GazetteerFlags.FirstName) == 0)
        {
            if (infos[k].Cue != NameCues.Title && infos[k].Lower != OfHash && !infos[k].HasUpper) return null;
            k++;
        }
        // "[Secretary of State Nora] Lindqvist": a surname the span stopped short of, left outside any name, is taken in.
        if (k == end && end + 1 < labels.Length && labels[end + 1] == EntityLabels.Outside && infos[end + 1].HasUpper
            && pos[end + 1] == UniversalPos.PROPN && infos[end + 1].Cue == 0)
            end++;
        if (k >= end || end - k > 2) return null;
        for (int p = k; p <= end; p++)
            if (infos[p].Cue is NameCues.Organization or NameCues.Company or NameCues.Place || !infos[p].HasUpper) return null;
        // "Foreign Minister", "Health Minister": words before the title belong to it unless they name a place ("Kenya",
        // "U.S.", "EU": a place word or an acronym).
        while (t > start && (pos[t - 1] == UniversalPos.ADJ
               || (infos[t - 1].Gazetteer & GazetteerFlags.PlaceMask) == 0 && (infos[t - 1].Flags & TokenFlags.AllCaps) == 0)) t--;
        return (t, k, end);
    }

    /// <summary>
    /// Joins two person spans split by one short lowercase word never seen in training ("Daniel [arap] Moi"): a name
    /// particle the model cannot know, where a known word ("and", "of") keeps the two apart.
    /// </summary>
    internal static void JoinParticles(ReadOnlySpan<TokenInfo> infos, Span<byte> labels)
    {
        int last = EntityLabels.Of(EntityLabels.Part.Last, EntityType.Person), unit = EntityLabels.Of(EntityLabels.Part.Unit, EntityType.Person);
        int begin = EntityLabels.Of(EntityLabels.Part.Begin, EntityType.Person), inside = EntityLabels.Of(EntityLabels.Part.Inside, EntityType.Person);
        for (int i = 1; i + 1 < labels.Length; i++)
        {
            if (labels[i] != EntityLabels.Outside || labels[i - 1] != last && labels[i - 1] != unit || labels[i + 1] != begin && labels[i + 1] != unit) continue;
            ref readonly TokenInfo w = ref infos[i];
            if (w.HasUpper || w.Lexical != 0 || w.Length > 4 || (w.Flags & (TokenFlags.HasLetter | TokenFlags.HasDigit | TokenFlags.HasHyphen)) != TokenFlags.HasLetter) continue;
            labels[i - 1] = (byte)(labels[i - 1] == unit ? begin : inside);
            labels[i] = (byte)inside;
            labels[i + 1] = (byte)(labels[i + 1] == unit ? last : inside);
        }
    }

    /// <summary>
    /// "Alberto van [Klaveren]", "Lula da [Silva]": a known first name left outside any name, then one or two name
    /// particles (name-particles.txt, those written apart), then a person's name, is that person's first name.
    /// </summary>
    internal static void JoinFirstNameOverParticles(ReadOnlySpan<TokenInfo> infos, Span<byte> labels)
    {
        int begin = EntityLabels.Of(EntityLabels.Part.Begin, EntityType.Person), unit = EntityLabels.Of(EntityLabels.Part.Unit, EntityType.Person);
        int inside = EntityLabels.Of(EntityLabels.Part.Inside, EntityType.Person), last = EntityLabels.Of(EntityLabels.Part.Last, EntityType.Person);
        var particles = FreeParticleHashes.Value;
        for (int i = 0; i + 2 < labels.Length; i++)
        {
            if (labels[i] != EntityLabels.Outside || (infos[i].Gazetteer & GazetteerFlags.FirstName) == 0 || !infos[i].HasUpper) continue;
            int p = i + 1;
            while (p < labels.Length && p - i <= 2 && labels[p] == EntityLabels.Outside && !infos[p].HasUpper && particles.Contains(infos[p].Lower)) p++;
            if (p == i + 1 || p >= labels.Length || labels[p] != begin && labels[p] != unit) continue;
            labels[i] = (byte)begin;
            for (int k = i + 1; k < p; k++) labels[k] = (byte)inside;
            labels[p] = (byte)(labels[p] == unit ? last : inside);
            i = p;
        }
    }

    private static readonly Lazy<HashSet<ulong>> FreeParticleHashes = new(() =>
    {
        var set = new HashSet<ulong>();
        foreach (var word in NameParticleJoiner.FreeParticles()) set.Add(TokenInfo.Compute(word).Lower);
        return set;
    });

    private static readonly ulong OfHash = TokenInfo.Compute("of").Lower;

    /// <summary>
    /// Types as a place an organization span that is all country-name words ("[North Korea] has tested", "[Israel] said"):
    /// the training annotation tags a country as a location whatever it does, and the model sometimes follows the
    /// actor reading. A span of one to three words, each in a country's name and none an organization's head word ("State
    /// Department"), starting and ending as a country name does.
    /// </summary>
    internal static void CountriesArePlaces(ReadOnlySpan<TokenInfo> infos, Span<byte> labels)
    {
        int begin = EntityLabels.Of(EntityLabels.Part.Begin, EntityType.Organization), unit = EntityLabels.Of(EntityLabels.Part.Unit, EntityType.Organization);
        for (int i = 0; i < labels.Length; i++)
        {
            if (labels[i] != begin && labels[i] != unit) continue;
            int end = i;
            while (EntityLabels.PartOf(labels[end]) is not (EntityLabels.Part.Last or EntityLabels.Part.Unit)) end++;
            if (end - i < 3 && IsCountryName(infos, i, end))
                for (int k = i; k <= end; k++) labels[k] = (byte)EntityLabels.Of(EntityLabels.PartOf(labels[k]), EntityType.Location);
            i = end;
        }
    }

    /// <summary>
    /// Types as an organization a name of two or more words that ends in a company's legal form ("[J.M. Huber Corporation]",
    /// "[Visakha Gases Pvt. Ltd.]": the company cue class, "Inc.", "Corp.", "Ltd.", "GmbH"), which no person's or place's name
    /// ends in, whatever type the model gave it.
    /// </summary>
    internal static void CompaniesAreOrganizations(ReadOnlySpan<TokenInfo> infos, Span<byte> labels)
    {
        for (int i = 0; i < labels.Length; i++)
        {
            if (EntityLabels.PartOf(labels[i]) != EntityLabels.Part.Begin) continue;
            int end = i;
            while (EntityLabels.PartOf(labels[end]) != EntityLabels.Part.Last) end++;
            if (EntityLabels.TypeOf(labels[i]) != EntityType.Organization && infos[end].Cue == NameCues.Company)
                for (int k = i; k <= end; k++) labels[k] = (byte)EntityLabels.Of(EntityLabels.PartOf(labels[k]), EntityType.Organization);
            i = end;
        }
    }

    private static readonly ulong InitialShape = TokenInfo.Compute("U.").Shape;

    /// <summary>
    /// Types as a place a person span of two or three initials and nothing else ("these [U. S.]", "from [S. F.]"): a
    /// person's initials come with a surname, and the spaced initials alone abbreviate a place, as old texts write them.
    /// </summary>
    internal static void InitialsArePlaces(ReadOnlySpan<TokenInfo> infos, Span<byte> labels)
    {
        int begin = EntityLabels.Of(EntityLabels.Part.Begin, EntityType.Person);
        for (int i = 0; i < labels.Length; i++)
        {
            if (labels[i] != begin) continue;
            int end = i;
            bool initials = infos[i].Shape == InitialShape;
            while (EntityLabels.PartOf(labels[end]) != EntityLabels.Part.Last && end + 1 < labels.Length) { end++; initials &= infos[end].Shape == InitialShape; }
            if (initials && end - i < 3)
                for (int k = i; k <= end; k++) labels[k] = (byte)EntityLabels.Of(EntityLabels.PartOf(labels[k]), EntityType.Location);
            i = end;
        }
    }

    private static readonly ulong OpenBracketHash = TokenInfo.Compute("(").Lower, CloseBracketHash = TokenInfo.Compute(")").Lower;

    /// <summary>
    /// Types as an organization a name alone in brackets right after an organization's name, other than a gazetteer
    /// place: "the National Library of the Netherlands ([Koninklijke Bibliotheek])" gives the same body's other name, which
    /// the model, never having seen its words, reads as a person's. ("Stanford University (California)" keeps its place.)
    /// </summary>
    internal static void BracketedAliasesOfOrganizations(ReadOnlySpan<TokenInfo> infos, Span<byte> labels)
    {
        int orgLast = EntityLabels.Of(EntityLabels.Part.Last, EntityType.Organization), orgUnit = EntityLabels.Of(EntityLabels.Part.Unit, EntityType.Organization);
        for (int i = 2; i < labels.Length; i++)
        {
            var part = EntityLabels.PartOf(labels[i]);
            if (part is not (EntityLabels.Part.Begin or EntityLabels.Part.Unit) || infos[i - 1].Lower != OpenBracketHash
                || labels[i - 2] != orgLast && labels[i - 2] != orgUnit) continue;
            int end = i;
            bool place = false;
            while (EntityLabels.PartOf(labels[end]) is not (EntityLabels.Part.Last or EntityLabels.Part.Unit) && end + 1 < labels.Length) { place |= (infos[end].Gazetteer & GazetteerFlags.PlaceMask) != 0; end++; }
            place |= (infos[end].Gazetteer & GazetteerFlags.PlaceMask) != 0;
            if (!place && end + 1 < labels.Length && infos[end + 1].Lower == CloseBracketHash)
                for (int k = i; k <= end; k++) labels[k] = (byte)EntityLabels.Of(EntityLabels.PartOf(labels[k]), EntityType.Organization);
            i = end;
        }
    }

    private static bool IsCountryName(ReadOnlySpan<TokenInfo> infos, int first, int last)
    {
        for (int k = first; k <= last; k++)
            if ((infos[k].Gazetteer & GazetteerFlags.Country) == 0 || (infos[k].Cue & (NameCues.Organization | NameCues.Company)) != 0) return false;
        byte start = first == last ? GazetteerFlags.Whole : GazetteerFlags.First, end = first == last ? GazetteerFlags.Whole : GazetteerFlags.Later;
        return (infos[first].Gazetteer & start) != 0 && (infos[last].Gazetteer & end) != 0;
    }

    private static readonly ulong AndHash = TokenInfo.Compute("and").Lower;

    /// <summary>
    /// Carries an "X of Y" organization over "and" into the capitalized words after it that the model left outside any
    /// name ("[Department of Housing] and Urban Development" becomes one name, as does "School of Industrial and Systems
    /// Engineering"): a greedy tagger ends such names at "and". Only when the span holds "of" and at least two capitalized
    /// words, none in a name, follow "and" up to a word that is not capitalized or the sentence end ("the Ministry of
    /// Defence and Google" keeps Google apart when the model named it, and "and Army officials" is no name of two words).
    /// </summary>
    internal static void JoinOrganizationsOverAnd(ReadOnlySpan<TokenInfo> infos, Span<byte> labels)
    {
        int begin = EntityLabels.Of(EntityLabels.Part.Begin, EntityType.Organization), inside = EntityLabels.Of(EntityLabels.Part.Inside, EntityType.Organization);
        int last = EntityLabels.Of(EntityLabels.Part.Last, EntityType.Organization);
        for (int i = 0; i < labels.Length; i++)
        {
            if (labels[i] != begin) continue;
            int end = i;
            bool hasOf = false;
            while (labels[end] != last) { end++; hasOf |= infos[end].Lower == OfHash; }
            int run = end + 2;
            while (run < labels.Length && labels[run] == EntityLabels.Outside && (infos[run].Flags & TokenFlags.Capitalized) != 0) run++;
            if (!hasOf || end + 1 >= labels.Length || infos[end + 1].Lower != AndHash || labels[end + 1] != EntityLabels.Outside || run - (end + 2) < 2
                || run < labels.Length && labels[run] != EntityLabels.Outside)
            {
                i = end;
                continue;
            }
            labels[end] = (byte)inside;
            for (int k = end + 1; k < run - 1; k++) labels[k] = (byte)inside;
            labels[run - 1] = (byte)last;
            i = run - 1;
        }
    }

    /// <summary>
    /// Splits a person span at "and": one person's name holds no conjunction (the training annotation has none), so
    /// "[Kim Jong Un and South] Korean President" or "[Kirk Bart and Celeste Pollock]" is two parties run together by
    /// the greedy tagger. The words before "and" stay a person; those after it are a person too, unless a capitalized
    /// word outside any name follows the span, which makes them the start of another capitalized phrase ("South Korean").
    /// </summary>
    internal static void SplitPersonsAtAnd(ReadOnlySpan<TokenInfo> infos, Span<byte> labels)
    {
        int begin = EntityLabels.Of(EntityLabels.Part.Begin, EntityType.Person);
        for (int i = 0; i < labels.Length; i++)
        {
            if (labels[i] != begin) continue;
            int end = i;
            while (EntityLabels.PartOf(labels[end]) != EntityLabels.Part.Last) end++;
            int and = i + 1;
            while (and < end && infos[and].Lower != AndHash) and++;
            if (and < end)
            {
                LabelName(labels, i, and - 1, EntityType.Person);
                labels[and] = EntityLabels.Outside;
                bool runsOn = end + 1 < labels.Length && labels[end + 1] == EntityLabels.Outside && (infos[end + 1].Flags & TokenFlags.Capitalized) != 0;
                if (runsOn) for (int k = and + 1; k <= end; k++) labels[k] = EntityLabels.Outside;
                else LabelName(labels, and + 1, end, EntityType.Person);
                // The part after "and" may hold another "and": look at it again.
                if (!runsOn) end = and;
            }
            i = end;
        }
    }

    /// <summary>
    /// Tags as organizations the capitalized names of title-led-organizations.txt ("General Motors"), which open with a
    /// word the model reads as a person's title; a name the model ran on past the listed one is left alone.
    /// </summary>
    internal static void TagTitleLedOrganizations(ReadOnlySpan<TokenInfo> infos, Span<byte> labels)
    {
        var firsts = TitleLedOrganizations.FirstWords;
        var names = TitleLedOrganizations.Words;
        for (int i = 0; i < infos.Length; i++)
        {
            if (!firsts.Contains(infos[i].Lower) || !infos[i].HasUpper) continue;
            foreach (var name in names)
            {
                int end = i + name.Length;
                if (end > infos.Length) continue;
                bool match = true;
                for (int k = 0; k < name.Length && match; k++) match = infos[i + k].Lower == name[k] && infos[i + k].HasUpper;
                if (!match) continue;
                // (Not when a name the model found runs on past it: "General Motors Europe".)
                if (end < labels.Length && EntityLabels.PartOf(labels[end]) is EntityLabels.Part.Inside or EntityLabels.Part.Last) break;
                if (i > 0 && EntityLabels.PartOf(labels[i]) is EntityLabels.Part.Inside or EntityLabels.Part.Last) break;
                for (int k = i; k < end; k++)
                    labels[k] = (byte)EntityLabels.Of(name.Length == 1 ? EntityLabels.Part.Unit : k == i ? EntityLabels.Part.Begin : k == end - 1 ? EntityLabels.Part.Last : EntityLabels.Part.Inside, EntityType.Organization);
                i = end - 1;
                break;
            }
        }
    }

    private static readonly ulong TheHash = TokenInfo.Compute("the").Lower;

    /// <summary>
    /// Carries an organization whose last word heads organization names ("Council", "Commission") back over "and" to the
    /// one capitalized word before it that the model left outside any name, right after "the" or at the sentence start:
    /// "the Peace and [Security Council]", "the Truth and [Reconciliation Commission]". A greedy tagger starts such
    /// names after "and". Not over a country ("the Russia and [Security Council]" is two parties).
    /// </summary>
    internal static void JoinOrganizationHeadsOverAnd(ReadOnlySpan<TokenInfo> infos, Span<byte> labels)
    {
        int begin = EntityLabels.Of(EntityLabels.Part.Begin, EntityType.Organization), inside = EntityLabels.Of(EntityLabels.Part.Inside, EntityType.Organization);
        int last = EntityLabels.Of(EntityLabels.Part.Last, EntityType.Organization), unit = EntityLabels.Of(EntityLabels.Part.Unit, EntityType.Organization);
        for (int i = 2; i < labels.Length; i++)
        {
            if (labels[i] != begin && labels[i] != unit) continue;
            int end = i;
            while (labels[end] != last && labels[end] != unit) end++;
            bool headed = (infos[end].Cue & NameCues.Organization) != 0;
            ref readonly TokenInfo word = ref infos[i - 2];
            bool opens = i - 3 < 0 || infos[i - 3].Lower == TheHash;
            if (headed && opens && infos[i - 1].Lower == AndHash && labels[i - 1] == EntityLabels.Outside && labels[i - 2] == EntityLabels.Outside
                && (word.Flags & TokenFlags.Capitalized) != 0 && !IsCountryName(infos, i - 2, i - 2))
            {
                labels[i - 2] = (byte)begin;
                labels[i - 1] = (byte)inside;
                labels[i] = labels[i] == unit ? (byte)last : (byte)inside;
            }
            i = end;
        }
    }

    private static readonly Lazy<HashSet<ulong>> LowercasePlacePrepositions = new(() =>
        EventExtract.Text.TextResources.ReadLines("lowercase-place-prepositions.txt").Select(w => TokenInfo.Compute(w).Lower).ToHashSet());

    /// <summary>
    /// Tags as a place a lower-case word left outside any name that the gazetteer holds, title-cased, as a whole place
    /// name, right after a preposition of lowercase-place-prepositions.txt ("in kerala", "to baguio"); the gazetteer
    /// look-up already passes over words the training text usually writes in lower case.
    /// </summary>
    internal static void LowercasePlaces(ReadOnlySpan<TokenInfo> infos, Span<byte> labels)
    {
        const byte folded = GazetteerFlags.Whole | GazetteerFlags.CaseFolded;
        for (int i = 1; i < labels.Length; i++)
        {
            ref readonly TokenInfo w = ref infos[i];
            if ((w.Gazetteer & folded) != folded || w.HasUpper || labels[i] != EntityLabels.Outside || labels[i - 1] != EntityLabels.Outside) continue;
            if (i + 1 < labels.Length && labels[i + 1] != EntityLabels.Outside) continue;
            if (!LowercasePlacePrepositions.Value.Contains(infos[i - 1].Lower)) continue;
            labels[i] = (byte)EntityLabels.Of(EntityLabels.Part.Unit, EntityType.Location);
        }
    }

    /// <summary>
    /// True for a token that cannot start a name: no uppercase letter in it or in the next token, no place-gazetteer
    /// hit and not a word usually capitalized in training text. Most tokens of news text are such (function words,
    /// lowercase content words, punctuation, numbers) and the model labels them O anyway, so when no entity is open
    /// they are labelled O without scoring, which is most of the recognizer's cost.
    /// </summary>
    private static bool PlainlyOutside(ReadOnlySpan<TokenInfo> infos, int i)
    {
        ref readonly TokenInfo w = ref infos[i];
        if (w.HasUpper || w.Gazetteer != 0 || (w.Lexical & VocabularyIO.UsuallyCapitalized) != 0) return false;
        return i + 1 >= infos.Length || !infos[i + 1].HasUpper;
    }

    // Only entity tokens need a confidence, so the softmax is skipped for the (far more common) O tokens.
    private float Probability(ReadOnlySpan<float> scores, int best, uint valid)
    {
        double z = 0;
        for (uint m = valid; m != 0; m &= m - 1)
        {
            int c = System.Numerics.BitOperations.TrailingZeroCount(m);
            z += Math.Exp((scores[c] - scores[best]) / Temperature);
        }
        return (float)(1.0 / z);
    }
}
