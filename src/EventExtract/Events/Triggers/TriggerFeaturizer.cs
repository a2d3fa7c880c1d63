using EventExtract.Tagging;
using EventExtract.Text;

namespace EventExtract.Events.Triggers;

/// <summary>
/// Turns a lexicon match in its sentence into hashed sparse binary features for <see cref="LinearTriggerClassifier"/>.
/// Shared by the training program and the runtime so both see identical features. Stateless and thread-safe.
/// </summary>
/// <remarks>
/// Features: lemma, lexicon type and surface form of the trigger; the three words on each side (by
/// position and as a bag), a wider ±8 bag, bigrams of the lemma with its neighbours, POS of the
/// trigger and its neighbours when tagged, capitalization of the following words (a named object
/// such as "met Putin" or "attacked Kabul"), a number nearby and adjacent punctuation ("said:").
/// Words are folded to lowercase with digits mapped to 0; hashing is FNV-1a, so indices are stable
/// across runs, processes and platforms.
/// </remarks>
internal sealed class TriggerFeaturizer
{
    private const int Window = 3;
    private const int WideWindow = 8;
    private const int NearTokens = 4;

    private readonly TriggerCues _cues;

    /// <summary>Creates a featurizer hashing into 2^<paramref name="bits"/> dimensions, with the embedded cue words unless <paramref name="cues"/> is given.</summary>
    public TriggerFeaturizer(int bits, TriggerCues? cues = null)
    {
        if (bits is < 8 or > 24) throw new ArgumentOutOfRangeException(nameof(bits));
        Bits = bits;
        _cues = cues ?? TriggerCues.Embedded;
    }

    /// <summary>log2 of the feature space size.</summary>
    public int Bits { get; }

    /// <summary>Number of feature dimensions.</summary>
    public int Dimensions => 1 << Bits;

    /// <summary>
    /// Writes the sorted, distinct feature indices of <paramref name="match"/> into <paramref name="output"/> (cleared first).
    /// <paramref name="pos"/> is indexed like <paramref name="tokens"/> and may be empty when untagged;
    /// <paramref name="sentenceMatches"/> are all lexicon matches of the sentence (may include <paramref name="match"/>).
    /// </summary>
    public void Featurize(TokenTable tokens, Sentence sentence, ReadOnlySpan<UniversalPos> pos, LexiconMatch match, List<int> output,
        ReadOnlySpan<LexiconMatch> sentenceMatches = default)
    {
        output.Clear();
        var entry = match.Entry;
        bool tagged = pos.Length >= tokens.Count && tokens.Count > 0;

        Add(output, Hash("lem:", entry.Lemma));
        string type = LabelNames[(int)entry.Label];
        Add(output, Hash("typ:", type));
        // The lexicon prior and the phrase length let the model generalize to lemmas rare in the training data.
        string prior = PriorBuckets[Math.Clamp((int)(entry.Prior * 10), 0, 10)];
        Add(output, HashPair("typPri:", type, prior));
        if (entry.Phrase.Contains(' ')) Add(output, Hash("typMulti:", type));
        uint w0 = TriggerText.AddRaw(TriggerText.Begin(), "w0:");
        for (int t = match.FirstToken; t < match.EndToken; t++)
        {
            if (t > match.FirstToken && tokens.GetSpan(t - 1).End != tokens.GetSpan(t).Start) w0 = TriggerText.Add(w0, ' ');
            w0 = AddWord(w0, tokens.GetChars(t));
        }
        Add(output, w0);
        var firstChars = tokens.GetChars(match.FirstToken);
        if (char.IsUpper(firstChars[0]) && match.FirstToken > sentence.FirstToken) Add(output, Hash("cap0", ""));
        if (PreviousWord(tokens, sentence, match.FirstToken) < 0) Add(output, Hash("first", ""));

        // Left context.
        int left = match.FirstToken;
        for (int k = 1; k <= WideWindow; k++)
        {
            left = PreviousWord(tokens, sentence, left);
            if (left < 0)
            {
                if (k <= Window) Add(output, Hash(Prefix('L', k), "<s>"));
                break;
            }
            var w = tokens.GetChars(left);
            Add(output, HashWord("W:", w));
            if (k > Window) continue;
            Add(output, HashWord(Prefix('L', k), w));
            Add(output, HashWord("BL:", w));
            if (k == 1)
            {
                Add(output, HashPair("lemL1:", entry.Lemma, w));
                Add(output, HashPair("typL1:", type, w));
                if (char.IsUpper(w[0]) && PreviousWord(tokens, sentence, left) >= 0) Add(output, Hash("capL1", ""));
                if (tagged) Add(output, HashPair("lemPL1:", entry.Lemma, PosName(pos[left])));
            }
            if (k == 2) Add(output, HashPair("lemL2:", entry.Lemma, w));
            if (tagged) Add(output, Hash(Prefix('P', -k), PosName(pos[left])));
        }

        // Right context.
        int right = match.EndToken - 1;
        bool numberNear = false;
        for (int k = 1; k <= WideWindow; k++)
        {
            right = NextWord(tokens, sentence, right);
            if (right < 0)
            {
                if (k <= Window) Add(output, Hash(Prefix('R', k), "</s>"));
                break;
            }
            var w = tokens.GetChars(right);
            Add(output, HashWord("W:", w));
            if (k > Window) continue;
            Add(output, HashWord(Prefix('R', k), w));
            Add(output, HashWord("BR:", w));
            if (char.IsDigit(w[0])) numberNear = true;
            bool cap = char.IsUpper(w[0]);
            if (k == 1)
            {
                Add(output, HashPair("lemR1:", entry.Lemma, w));
                Add(output, HashPair("typR1:", type, w));
                if (cap) { Add(output, Hash("capR1", "")); Add(output, Hash("lemCapR1:", entry.Lemma)); Add(output, Hash("typCapR1:", type)); }
                if (tagged) Add(output, HashPair("lemPR1:", entry.Lemma, PosName(pos[right])));
            }
            if (k == 2)
            {
                Add(output, HashPair("lemR2:", entry.Lemma, w));
                if (cap) Add(output, Hash("lemCapR2:", entry.Lemma));
            }
            if (tagged) Add(output, Hash(Prefix('P', k), PosName(pos[right])));
        }
        if (numberNear) Add(output, Hash("numR", ""));
        if (tagged) Add(output, HashPair("lemP0:", entry.Lemma, PosName(pos[match.FirstToken])));

        // Other triggers close by: "the meeting took place", "the statement said", "the attack killed".
        foreach (var other in sentenceMatches)
        {
            if (other.FirstToken == match.FirstToken || other.Entry.Label == TriggerLabel.None) continue;
            string otherType = LabelNames[(int)other.Entry.Label];
            if (other.EndToken <= match.FirstToken && match.FirstToken - other.EndToken <= NearTokens)
                Add(output, HashPair("nearL:", type, otherType));
            else if (other.FirstToken >= match.EndToken && other.FirstToken - match.EndToken <= NearTokens)
                Add(output, HashPair("nearR:", type, otherType));
        }

        // Sentence-level cues: own-voice web text vs. news about states, and how many names the sentence holds.
        bool personal = false, official = false, officialRight = false;
        int names = 0;
        for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            if (t >= match.FirstToken && t < match.EndToken) continue;
            var w = tokens.GetChars(t);
            // (One lookup for both classes: this loop runs over the whole sentence for every match in it.)
            var classes = _cues.ClassesOf(w);
            if (TriggerCues.Contains(classes, "personal")) personal = true;
            if (TriggerCues.Contains(classes, "official"))
            {
                official = true;
                if (t >= match.EndToken && t - match.EndToken < NearTokens) officialRight = true;
            }
            if (t > sentence.FirstToken && char.IsUpper(w[0]) && !(w.Length == 1 && w[0] == 'I')) names++;
        }
        if (personal) { Add(output, Hash("typPersonal:", type)); Add(output, Hash("lemPersonal:", entry.Lemma)); }
        if (official) { Add(output, Hash("typOfficial:", type)); Add(output, Hash("lemOfficial:", entry.Lemma)); }
        if (officialRight) Add(output, Hash("typOfficialR:", type));
        Add(output, HashPair("typNames:", type, PriorBuckets[Math.Min(names, 4)]));

        // Punctuation or quote right after the trigger ("said:", "said, “...").
        int after = match.EndToken;
        if (after < sentence.EndToken && TriggerText.LeadingWordLength(tokens.GetChars(after)) == 0)
            Add(output, HashWord("punctR:", tokens.GetChars(after)[..1]));

        output.Sort();
        int n = 0;
        for (int i = 0; i < output.Count; i++)
            if (n == 0 || output[i] != output[n - 1]) output[n++] = output[i];
        output.RemoveRange(n, output.Count - n);
    }

    private void Add(List<int> output, uint hash) => output.Add((int)(hash & (uint)(Dimensions - 1)));

    private static string Prefix(char side, int k) => side switch
    {
        'L' => k switch { 1 => "L1:", 2 => "L2:", _ => "L3:" },
        'R' => k switch { 1 => "R1:", 2 => "R2:", _ => "R3:" },
        _ => k switch { -1 => "PL1:", -2 => "PL2:", -3 => "PL3:", 1 => "PR1:", 2 => "PR2:", _ => "PR3:" },
    };

    // Enum names cached once so featurization does not allocate per call.
    private static readonly string[] PosNames = BuildNames<UniversalPos>();
    private static readonly string[] LabelNames = BuildNames<TriggerLabel>();
    private static readonly string[] PriorBuckets = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10"];

    private static string PosName(UniversalPos pos) => (int)pos < PosNames.Length ? PosNames[(int)pos] : "X";

    private static string[] BuildNames<T>() where T : struct, Enum
    {
        // The non-generic Enum.GetValues and a plain loop: the generic one and LINQ's Max compile per enum type at start-up.
        var values = Enum.GetValues(typeof(T));
        int max = 0;
        foreach (object v in values) max = Math.Max(max, Convert.ToInt32(v, System.Globalization.CultureInfo.InvariantCulture));
        var names = new string[max + 1];
        Array.Fill(names, "X");
        foreach (object v in values) names[Convert.ToInt32(v, System.Globalization.CultureInfo.InvariantCulture)] = v.ToString()!;
        return names;
    }

    private static uint Hash(string prefix, string value) =>
        TriggerText.AddRaw(TriggerText.AddRaw(TriggerText.Begin(), prefix), value);

    private static uint HashWord(string prefix, ReadOnlySpan<char> word) =>
        AddWord(TriggerText.AddRaw(TriggerText.Begin(), prefix), word);

    private static uint HashPair(string prefix, string first, ReadOnlySpan<char> second) =>
        AddWord(TriggerText.Add(TriggerText.AddRaw(TriggerText.AddRaw(TriggerText.Begin(), prefix), first), '|'), second);

    private static uint HashPair(string prefix, string first, string second) =>
        TriggerText.AddRaw(TriggerText.Add(TriggerText.AddRaw(TriggerText.AddRaw(TriggerText.Begin(), prefix), first), '|'), second);

    /// <summary>Adds a word folded to lowercase, digits mapped to 0.</summary>
    private static uint AddWord(uint hash, ReadOnlySpan<char> word)
    {
        foreach (char c in word) hash = TriggerText.Add(hash, char.IsDigit(c) ? '0' : TriggerText.Fold(c));
        return hash;
    }

    /// <summary>The nearest token before <paramref name="token"/> in the sentence that contains a letter or digit, or -1.</summary>
    private static int PreviousWord(TokenTable tokens, Sentence sentence, int token)
    {
        for (int t = token - 1; t >= sentence.FirstToken; t--)
            if (HasWordChar(tokens.GetChars(t))) return t;
        return -1;
    }

    /// <summary>The nearest token after <paramref name="token"/> in the sentence that contains a letter or digit, or -1.</summary>
    private static int NextWord(TokenTable tokens, Sentence sentence, int token)
    {
        for (int t = token + 1; t < sentence.EndToken; t++)
            if (HasWordChar(tokens.GetChars(t))) return t;
        return -1;
    }

    private static bool HasWordChar(ReadOnlySpan<char> chars)
    {
        foreach (char c in chars) if (TriggerText.IsWordChar(c)) return true;
        return false;
    }
}
