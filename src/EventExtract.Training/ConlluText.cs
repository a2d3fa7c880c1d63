using System.Text;

namespace EventExtract.Training;

/// <summary>
/// Raw text rebuilt from a CoNLL-U file, with the gold token, word and sentence spans (UTF-16 offsets).
/// Documents and paragraphs (<c># newdoc</c>, <c># newpar</c>) are separated by a blank line; sentences
/// inside a paragraph by one space unless the last token has <c>SpaceAfter=No</c>.
/// </summary>
internal sealed class ConlluText
{
    public required string Text { get; init; }

    /// <summary>Surface tokens: multi-word token lines ("1-2 don't") and plain words outside them.</summary>
    public required List<(int Start, int End)> Tokens { get; init; }

    /// <summary>
    /// Syntactic words: a multi-word token is split into its words when their forms spell the surface
    /// form ("don't" = "do" + "n't"), which is the UD tokenization the tokenizer aims for.
    /// </summary>
    public required List<(int Start, int End)> Words { get; init; }

    public required List<(int Start, int End)> Sentences { get; init; }

    /// <summary>Paragraph ranges of <see cref="Text"/>, as the pipeline would see them.</summary>
    public required List<(int Start, int End)> Paragraphs { get; init; }

    public static ConlluText Load(string path)
    {
        var sb = new StringBuilder();
        var tokens = new List<(int, int)>();
        var words = new List<(int, int)>();
        var sentences = new List<(int, int)>();
        var paragraphs = new List<(int, int)>();
        int paraStart = -1;
        bool pendingSpace = false;
        bool newPar = false;
        int sentStart = -1, sentEnd = -1;
        int mwtEnd = 0;             // last word id covered by the current multi-word token
        var mwtWords = new List<string>();
        int mwtStart = 0;
        string mwtForm = "";

        void CloseParagraph()
        {
            if (paraStart >= 0 && sb.Length > paraStart) paragraphs.Add((paraStart, sb.Length));
            paraStart = -1;
        }

        void FlushMwt()
        {
            // Split the surface span into words when the word forms concatenate to it.
            if (string.Concat(mwtWords) == mwtForm)
            {
                int p = mwtStart;
                foreach (var w in mwtWords)
                {
                    if (w.Length > 0) words.Add((p, p + w.Length));
                    p += w.Length;
                }
            }
            else words.Add((mwtStart, mwtStart + mwtForm.Length));
            mwtWords.Clear();
        }

        foreach (var raw in File.ReadLines(path))
        {
            if (raw.StartsWith("# newdoc", StringComparison.Ordinal) || raw.StartsWith("# newpar", StringComparison.Ordinal))
            {
                newPar = true;
                continue;
            }
            if (raw.Length == 0)
            {
                if (sentStart >= 0) sentences.Add((sentStart, sentEnd));
                sentStart = -1;
                mwtEnd = 0;
                continue;
            }
            if (raw[0] == '#') continue;
            var cols = raw.Split('\t');
            if (cols.Length < 10) continue;
            string id = cols[0];
            if (id.Contains('.', StringComparison.Ordinal)) continue; // empty nodes
            int dash = id.IndexOf('-', StringComparison.Ordinal);
            if (dash < 0 && int.Parse(id) <= mwtEnd)
            {
                mwtWords.Add(cols[1]);
                if (int.Parse(id) == mwtEnd) FlushMwt();
                continue;
            }
            // A surface token: place it in the text.
            if (sentStart < 0)
            {
                if (newPar || paraStart < 0)
                {
                    CloseParagraph();
                    if (sb.Length > 0) sb.Append("\n\n");
                    paraStart = sb.Length;
                    newPar = false;
                }
                else if (pendingSpace) sb.Append(' ');
            }
            else if (pendingSpace) sb.Append(' ');
            string form = cols[1];
            int start = sb.Length;
            sb.Append(form);
            tokens.Add((start, sb.Length));
            if (sentStart < 0) sentStart = start;
            sentEnd = sb.Length;
            pendingSpace = !cols[9].Contains("SpaceAfter=No", StringComparison.Ordinal);
            if (dash > 0)
            {
                mwtEnd = int.Parse(id[(dash + 1)..]);
                mwtStart = start;
                mwtForm = form;
            }
            else words.Add((start, sb.Length));
        }
        if (sentStart >= 0) sentences.Add((sentStart, sentEnd));
        CloseParagraph();
        return new ConlluText { Text = sb.ToString(), Tokens = tokens, Words = words, Sentences = sentences, Paragraphs = paragraphs };
    }
}
