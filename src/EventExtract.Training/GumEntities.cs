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
/// A name inside a modifier of the mention's head ("citizens of San Francisco") is not taken with the mention's type
/// (except a place in a place mention); titles and offices are left out of person names ("US President | Barack
/// Obama"); a surname-first name ("Austen , Jane") is one name; a country GUM calls an organization is a place, as in
/// UniversalNER (`gum-names` audits the conversion mention by mention).
/// A mention naming another entity after "in" (or, for a person, after "of": "Gary Chan of the Labour Party") or an
/// organization with a clause after a comma ("the University of Basel , where ...") keeps only the name before it.
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

    // Country names (world-countries names, official names and alternate spellings) and the regions of the place
    // gazetteer (England, Scotland, ...).
    private static readonly Lazy<HashSet<string>> CountryNames = new(() =>
    {
        var names = PlaceNames.Load().Where(p => p.IsCountry).Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(Path.Combine(SharedPaths.RepoRoot, "src", "EventExtract", "Resources", "Places", "regions.tsv")))
            if (line.Length > 0 && line[0] != '#') names.Add(line.Split('\t')[0]);
        return names;
    });

    // Offices (not the titles that are also names, "King", "Prince", "Lord"): after one inside a person mention comes the name.
    private static readonly HashSet<string> Offices = new(StringComparer.Ordinal)
    {
        "President", "Minister", "Secretary", "Senator", "Governor", "Chairman", "Chairwoman", "Mayor", "CEO", "Professor", "Director",
        "Ambassador", "Chancellor", "Premier", "Representative", "Judge", "Justice", "Commissioner", "General", "Spokesman", "Spokeswoman",
    };

    public static string[] ToBio(ConlluSentence s) => ToBio(s, null);

    /// <summary>
    /// BIO tags of the sentence's names; when <paramref name="audit"/> is given, each person, organization and place
    /// mention is reported with the name taken from it (or null when it is not a name).
    /// </summary>
    public static string[] ToBio(ConlluSentence s, Action<(int Start, int End, string Type), (int Start, int End, string Tag)?>? audit)
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
            int before = accepted.Count;
            string? tag = Accept(s, mentions, start, end, type, accepted);
            if (tag is not null) audit?.Invoke((start, end, type), accepted.Count > before ? accepted[^1] : null);
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

    // Adds the name a person, organization or place mention holds to accepted (by the policy in the class summary);
    // returns the mention's tag, or null for other entity types.
    private static string? Accept(ConlluSentence s, List<(int Start, int End, string Type)> mentions, int start, int end, string type,
        List<(int Start, int End, string Tag)> accepted)
    {
        string? tag = type switch { "person" => "PER", "organization" => "ORG", "place" => "LOC", _ => null };
        if (tag is null) return null;
        int a = start, b = end;
        while (a <= b && s.Upos[a] != "PROPN" && (IsLower(s.Words[a]) || s.Upos[a] is "DET" or "PRON" or "PUNCT" or "NUM" or "ADP"))
        {
            // A name after a preposition, verb or conjunction is not the mention's head but part of a modifier
            // ("citizens of San Francisco", "members of Congress", "the government of the United States", "the one who
            // writes dD"): it names another entity, of another kind, annotated as its own (nested) mention when GUM
            // marks it, so this mention holds no name. A place inside a place mention is still a place ("the island of
            // Busuanga", "north of Panama"); "this guy named Mario" and "the said Congress" do name their head.
            if (IsLower(s.Words[a]) && IsModifierLink(s, a) && !(tag == "LOC" && s.Upos[a] == "ADP"))
                return tag;
            a++;
        }
        // Only possessives and punctuation are trimmed at the end: a mention ending in a lowercase word is a
        // common-noun phrase ("a DH librarian"), not a name, even when a name modifies its head.
        while (b >= a && s.Upos[b] != "PROPN" && s.Upos[b] is "PART" or "PUNCT") b--;
        // UniversalNER leaves titles outside person names ("President | Bill Clinton", "Dr. | Smith") and a bare title ("General") is no name; GUM includes them.
        if (tag == "PER")
        {
            while (a <= b && (Titles.Contains(s.Words[a]) || (s.Words[a] == "-" && a > start))) a++;
            // An office inside the mention: the name is what follows it ("US President | Barack Obama", "Environment
            // Minister | John Baird"); a mention that ends in its office names no one ("Attorney General").
            if (a <= b && Offices.Contains(s.Words[b])) return tag;
            for (int k = b - 1; k > a; k--)
                if (Offices.Contains(s.Words[k]) && s.Words[k + 1] is not ("Jr." or "Sr.")) { a = k + 1; break; }
        }
        // A name with a nested mention after "in" ("the Centre for Scottish Studies in Aberdeen", "the Guangzhou Opera
        // House in China") or, for a person, after "of" ("Gary Chan of the Labour Party", "Nick Rhodes of Duran Duran")
        // is the name before it, the nested mention being its own name as UniversalNER tags them ("[Gary Chan] of the
        // [Labour Party]"); a mention with no name before it ("Members of the Sea Org") holds none.
        for (int k = a + 1; k < b; k++)
        {
            if (!(s.Words[k] == "in" || (tag == "PER" && s.Words[k] == "of")) || s.Upos[k] != "ADP") continue;
            int next = s.Words[k + 1] == "the" ? k + 2 : k + 1;
            bool nested = false;
            foreach (var (ms, me, _) in mentions)
                if (ms == next || (ms == k + 1 && me > k + 1)) nested |= me <= end && (ms, me) != (start, end);
            if (!nested) continue;
            // No proper noun before it: a common noun's phrase ("Members of the Sea Org"), no name.
            if (!Enumerable.Range(a, k - a).Any(i => s.Upos[i] == "PROPN")) return tag;
            // A person's name before "of" has two words or more and no title ("Protector of Mexico", "the
            // Commander-in-Chief of our Armies" are offices, left as before).
            bool personName = tag != "PER" || (k - a >= 2 && !Enumerable.Range(a, k - a).Any(i => Titles.Contains(s.Words[i]) || Offices.Contains(s.Words[i])));
            if (!personName || !IsName(s, a, k - 1, tag)) break;
            b = k - 1;
            break;
        }
        if (IsName(s, a, b, tag))
        {
            // UniversalNER tags a country as a location whatever it does ("Iraq" 118 times LOC, once ORG in its EWT
            // train split); GUM calls a country that acts (a government, a national team) an organization.
            if (tag == "ORG" && CountryNames.Value.Contains(string.Join(' ', s.Words[a..(b + 1)]))) tag = "LOC";
            accepted.Add((a, b, tag));
            return tag;
        }
        if (tag != "PER" && CommaName(s, a, b, tag) is { } part) { accepted.Add(part); return tag; }
        if (tag != "PER") return tag;
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
        // ... but not a run after a comma ("Mark Tedeschi, QC": a credential) or a preposition ("2nd Earl of Clare",
        // "Doctor of the Church": a title's place or body).
        int before = runStart - 1;
        while (before > a && s.Upos[before] == "DET") before--;
        bool afterLink = before >= a && (s.Words[before] == "," || (IsLower(s.Words[before]) && s.Upos[before] == "ADP"));
        if (runStart > a && runStart <= b && !afterLink && IsName(s, runStart, b, tag)) { accepted.Add((runStart, b, tag)); return tag; }
        int comma = Array.IndexOf(s.Words, ",", a);
        // A name written surname first ("Austen , Jane", "Duckworth , A. L."), as in reference lists and e-mail
        // headers, is one name in UniversalNER ("Lenhart , Matthew"); a credential after the comma is not ("Tedeschi , QC").
        if (comma == a + 1 && b - comma is >= 1 and <= 3 && s.Upos[a] == "PROPN" && !IsLower(s.Words[a])
            && Enumerable.Range(comma + 1, b - comma).All(i => s.Upos[i] == "PROPN" && IsGivenName(s.Words[i])))
        {
            accepted.Add((a, b, tag));
            return tag;
        }
        if (comma > a && comma <= b)
        {
            int e = a;
            while (e + 1 < comma && s.Upos[e + 1] == "PROPN" && !IsLower(s.Words[e + 1])) e++;
            if (e == comma - 1 && s.Upos[a] == "PROPN" && IsName(s, a, e, tag)) accepted.Add((a, e, tag));
        }
        return tag;
    }

    // A place written with the place it lies in ("Sydney , Australia", "San Francisco , California") names itself before
    // the comma (the part after it is its own, nested, mention), as UniversalNER tags them apart ("Miramar | California");
    // a company written with its legal form ("CCNG , Inc.") is one name in UniversalNER.
    private static (int Start, int End, string Tag)? CommaName(ConlluSentence s, int a, int b, string tag)
    {
        int comma = Array.IndexOf(s.Words, ",", a, b - a + 1);
        if (comma <= a || comma >= b) return null;
        if (tag == "ORG" && comma == b - 1 && s.Words[b] is "Inc." or "Inc" or "Ltd." or "Ltd" or "LLC" or "L.P." or "Corp." or "Co." or "PLC" or "plc"
            && IsName(s, a, comma - 1, tag))
            return (a, b, tag);
        if (tag == "LOC" && s.Upos[a] == "PROPN" && IsName(s, a, comma - 1, tag)) return (a, comma - 1, tag);
        // An organization with a clause or apposition after a comma ("the University of Basel , where he taught") is
        // named before it, as UniversalNER tags "University of Basel"; rejecting the mention left only its nested
        // place ("Basel") as a name, which taught the recognizer to tag the place inside such names.
        if (tag == "ORG" && s.Upos[a] == "PROPN" && IsName(s, a, comma - 1, tag)) return (a, comma - 1, tag);
        return null;
    }

    // True when word i joins a modifier to the words before it: a preposition, conjunction or finite verb ("the
    // one who writes dD"); participles right before their noun ("the said Congress") and "named"/"called" do not.
    private static bool IsModifierLink(ConlluSentence s, int i) =>
        s.Upos[i] is "ADP" or "SCONJ" or "CCONJ"
        || (s.Upos[i] is "VERB" or "AUX" && s.Words[i] is not ("named" or "called")
            && !(s.Feats[i].Contains("VerbForm=Part", StringComparison.Ordinal) && i + 1 < s.Words.Length && s.Upos[i + 1] is not ("PRON" or "DET")));

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

    // A given name or initial: capitalized, not an all-capital credential ("QC") nor a generational suffix ("Jr.").
    private static bool IsGivenName(string w) =>
        w.Length > 0 && char.IsUpper(w[0]) && w is not ("Jr." or "Jr" or "Sr." or "Sr")
        && (w.Length == 1 || w.EndsWith('.') || w.Skip(1).Any(char.IsLower));

    private static bool IsLower(string w) => w.Length > 0 && char.IsLower(w[0]);
}
