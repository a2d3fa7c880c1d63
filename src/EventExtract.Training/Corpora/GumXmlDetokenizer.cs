using System.Net;
using System.Text;

namespace EventExtract.Training.Corpora;

/// <summary>
/// Rebuilds sentence strings from GUM's token-per-line XML (token TAB pos ...), for documents that the
/// CoNLL-U release lacks. The XML has no SpaceAfter information, so spacing follows English conventions:
/// no space before closing punctuation and clitics, none after opening brackets and quotes, none inside &lt;w&gt;.
/// </summary>
internal static class GumXmlDetokenizer
{
    private static readonly HashSet<string> BlockTags = new(StringComparer.Ordinal) { "head", "p", "caption", "item", "quote", "sp", "row", "cell", "list", "figure", "table" };
    private static readonly HashSet<string> NoSpaceBefore = new(StringComparer.Ordinal) { ".", ",", ":", ";", "?", "!", ")", "]", "}", "%", "n't", "'s", "'re", "'ll", "'ve", "'d", "'m", "n’t", "’s", "’re", "’ll", "’ve", "’d", "’m", "…" };
    private static readonly HashSet<string> NoSpaceAfter = new(StringComparer.Ordinal) { "(", "[", "{", "$", "£", "€" };

    /// <summary>The document's sentences grouped by paragraph (block element).</summary>
    public static List<List<string>> Paragraphs(string xml)
    {
        var paragraphs = new List<List<string>>();
        var sentence = new StringBuilder();
        bool blockOpened = true, glue = false, inWord = false, wordStarted = false;
        foreach (var raw in xml.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.Length == 0) continue;
            if (line[0] == '<' && !line.Contains('\t'))
            {
                var name = TagName(line);
                bool closing = line.StartsWith("</", StringComparison.Ordinal);
                if (!closing && BlockTags.Contains(name)) blockOpened = true;
                else if (name == "s" && !closing) { sentence.Clear(); glue = false; }
                else if (name == "s" && closing)
                {
                    if (blockOpened || paragraphs.Count == 0) paragraphs.Add(new List<string>());
                    paragraphs[^1].Add(sentence.ToString());
                    blockOpened = false;
                }
                else if (name == "w") { inWord = !closing; wordStarted = false; }
                continue;
            }
            var cols = line.Split('\t');
            var token = WebUtility.HtmlDecode(cols[0]);
            var pos = cols.Length > 1 ? cols[1] : "";
            bool space = sentence.Length > 0 && !glue && !(inWord && wordStarted)
                && !NoSpaceBefore.Contains(token) && pos != "''" && pos != "POS" && !(pos == "HYPH" && inWord);
            if (space) sentence.Append(' ');
            sentence.Append(token);
            glue = NoSpaceAfter.Contains(token) || pos == "``";
            if (inWord) wordStarted = true;
        }
        return paragraphs;
    }

    private static string TagName(string line)
    {
        int i = line[1] == '/' ? 2 : 1;
        int j = i;
        while (j < line.Length && char.IsLetterOrDigit(line[j])) j++;
        return line.Substring(i, j - i);
    }
}
