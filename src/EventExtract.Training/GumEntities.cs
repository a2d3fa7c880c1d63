using System.Text.RegularExpressions;

namespace EventExtract.Training;

/// <summary>
/// Turns GUM's coreference entity annotation (MISC "Entity=" brackets, fields
/// GRP-etype-infstat-salience-centering-minspan-link[-identity]) into PER/ORG/LOC BIO tags for names only.
/// Policy: person→PER, organization→ORG, place→LOC; a mention counts as a name when, after trimming
/// leading determiners/lowercase words and trailing possessives/punctuation, it has a PROPN, all its
/// words are capitalized except connectors ("of", "the", "and", "de", "-", "&", "."), and it holds no
/// number or comma (rejects "Facebook co-founder Mark Zuckerberg", lists, pronouns, common nouns).
/// Plural person mentions ("Americans") are dropped: UniversalNER does not tag demonym groups.
/// Nested names: the outermost accepted mention wins.
/// </summary>
internal static class GumEntities
{
    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal) { "of", "the", "and", "de", "du", "da", "del", "la", "le", "van", "von", "y", "al", "bin", "-", "&", ".", "'", "for", "on", "in" };

    // Titles and honorifics before a person's name (GUM's mentions include them, UniversalNER's names do not).
    private static readonly HashSet<string> Titles = new(StringComparer.OrdinalIgnoreCase)
    {
        "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Dr", "Dr.", "Doctor", "Prof", "Prof.", "Professor", "Sir", "Dame", "Lord", "Lady",
        "Rev", "Rev.", "Reverend", "Father", "Sister", "Brother", "Bishop", "Archbishop", "Cardinal", "Pope", "Prophet",
        "President", "Vice", "Emperor", "Empress", "King", "Queen", "Prince", "Princess", "Duke", "Duchess", "Count", "Countess", "Baron",
        "General", "Gen", "Gen.", "Major", "Maj.", "Colonel", "Col.", "Captain", "Capt.", "Lieutenant", "Lt.", "Sergeant", "Sgt.", "Admiral",
        "Commander", "Private", "Corporal", "Marshal", "Officer", "Detective", "Agent", "Inspector",
        "Senator", "Sen.", "Representative", "Rep.", "Congressman", "Congresswoman", "Governor", "Gov.", "Mayor", "Judge", "Justice",
        "Chief", "Minister", "Premier", "Chancellor", "Secretary", "Chairman", "Chairwoman", "Ambassador", "Sheikh", "Shaikh", "Imam", "Rabbi",
        "Coach", "Uncle", "Aunt", "Auntie", "Grandma", "Grandpa", "Mister", "Madam", "Madame", "Mme", "Mme.", "Mlle", "Herr", "Frau", "Señor",
    };

    public static string[] ToBio(ConlluSentence s)
    {
        int n = s.Words.Length;
        var mentions = new List<(int Start, int End, string Type)>();
        var open = new Dictionary<string, Stack<(int Start, string Type)>>();
        for (int i = 0; i < n; i++)
        {
            var m = Regex.Match(s.Misc[i], @"(?:^|\|)Entity=([^|]*)");
            if (!m.Success) continue;
            string e = m.Groups[1].Value;
            int j = 0;
            while (j < e.Length)
            {
                if (e[j] == '(')
                {
                    int k = j + 1;
                    while (k < e.Length && e[k] != '(' && e[k] != ')') k++;
                    var parts = e[(j + 1)..k].Split('-');
                    string type = parts.Length > 1 ? parts[1] : "";
                    if (k < e.Length && e[k] == ')') { mentions.Add((i, i, type)); j = k + 1; }
                    else
                    {
                        if (!open.TryGetValue(parts[0], out var st)) open[parts[0]] = st = new();
                        st.Push((i, type));
                        j = k;
                    }
                }
                else if (char.IsDigit(e[j]))
                {
                    int k = j;
                    while (k < e.Length && char.IsDigit(e[k])) k++;
                    string gid = e[j..k];
                    if (open.TryGetValue(gid, out var st) && st.Count > 0)
                    {
                        var (start, type) = st.Pop();
                        mentions.Add((start, i, type));
                    }
                    j = k + 1;
                }
                else j++;
            }
        }

        var accepted = new List<(int Start, int End, string Tag)>();
        foreach (var (start, end, type) in mentions)
        {
            string? tag = type switch { "person" => "PER", "organization" => "ORG", "place" => "LOC", _ => null };
            if (tag is null) continue;
            int a = start, b = end;
            while (a <= b && s.Upos[a] != "PROPN" && (IsLower(s.Words[a]) || s.Upos[a] is "DET" or "PRON" or "PUNCT" or "NUM" or "ADP")) a++;
            // Only possessives and punctuation are trimmed at the end: a mention ending in a lowercase word is a
            // common-noun phrase ("a DH librarian"), not a name, even when a name modifies its head.
            while (b >= a && s.Upos[b] != "PROPN" && s.Upos[b] is "PART" or "PUNCT") b--;
            // UniversalNER leaves titles outside person names ("President | Bill Clinton", "Dr. | Smith") and a bare title ("General") is no name; GUM includes them.
            if (tag == "PER")
                while (a <= b && (Titles.Contains(s.Words[a]) || (s.Words[a] == "-" && a > start))) a++;
            if (IsName(s, a, b, tag)) { accepted.Add((a, b, tag)); continue; }
            if (tag != "PER") continue;
            // A person mention with a description ("U.S. special envoy to Afghanistan Zalmay Khalilzad", "Facebook
            // co-founder Mark Zuckerberg", "John FitzGibbon, 2nd Earl of Clare") still holds the name: the trailing
            // run of proper nouns after any nested mention, or the leading run before an apposition comma.
            // Rejecting the whole mention would teach the recognizer that such names are not names.
            int r = b;
            while (r >= a && s.Upos[r] == "PROPN" && !IsLower(s.Words[r])) r--;
            int runStart = r + 1;
            foreach (var (ms, me, _) in mentions)
                if (ms >= start && me <= end && (ms, me) != (start, end) && me >= runStart && me <= b) runStart = Math.Max(runStart, me + 1);
            while (runStart <= b && Titles.Contains(s.Words[runStart])) runStart++;
            if (runStart > a && runStart <= b && IsName(s, runStart, b, tag)) { accepted.Add((runStart, b, tag)); continue; }
            int comma = Array.IndexOf(s.Words, ",", a);
            if (comma > a && comma <= b)
            {
                int e = a;
                while (e + 1 < comma && s.Upos[e + 1] == "PROPN" && !IsLower(s.Words[e + 1])) e++;
                if (e == comma - 1 && s.Upos[a] == "PROPN" && IsName(s, a, e, tag)) accepted.Add((a, e, tag));
            }
        }

        var bio = Enumerable.Repeat("O", n).ToArray();
        foreach (var (a, b, tag) in accepted.OrderBy(x => x.Start).ThenByDescending(x => x.End - x.Start))
        {
            bool free = true;
            for (int i = a; i <= b; i++) if (bio[i] != "O") free = false;
            if (!free) continue;
            bio[a] = "B-" + tag;
            for (int i = a + 1; i <= b; i++) bio[i] = "I-" + tag;
        }
        return bio;
    }

    // True when words a..b (trimmed) are a name of the given type by the policy in the class summary.
    private static bool IsName(ConlluSentence s, int a, int b, string tag)
    {
        if (a > b || b - a >= 8) return false;
        bool ok = s.Upos[a] == "PROPN" || !IsLower(s.Words[a]);
        bool hasPropn = false;
        for (int i = a; i <= b && ok; i++)
        {
            if (s.Upos[i] == "PROPN") hasPropn = true;
            if (s.Upos[i] == "NUM" || s.Words[i] == ",") ok = false;
            else if (IsLower(s.Words[i]) && !Connectors.Contains(s.Words[i]) && s.Upos[i] != "PROPN") ok = false;
            else if (!char.IsLetter(s.Words[i][0]) && !Connectors.Contains(s.Words[i])) ok = false;
        }
        if (!ok || !hasPropn || Connectors.Contains(s.Words[b])) return false;
        if (tag == "PER" && s.Feats[b].Contains("Number=Plur", StringComparison.Ordinal)) return false;
        // Coordinated persons ("Kirk M. Bart and Celeste Pollock") are one GUM mention but two names; the nested
        // mentions of each person are used instead.
        return !(tag == "PER" && Enumerable.Range(a, b - a + 1).Any(i => s.Words[i] is "and" or "&"));
    }

    private static bool IsLower(string w) => w.Length > 0 && char.IsLower(w[0]);
}
