using System.Globalization;

namespace EventExtract.Text;

/// <summary>
/// A case-insensitive regular expression of a small .NET syntax subset, answering only "does it match anywhere"
/// (<see cref="IsMatch"/>) with the same result as <c>Regex.IsMatch</c> under
/// <c>IgnoreCase | CultureInvariant</c>. It exists for cold start: building it takes microseconds, where building a
/// <c>RegexOptions.NonBacktracking</c> regex takes milliseconds per pattern (and tens more for the first one).
/// Matching simulates a Thompson automaton over the set of live states, so time is linear in the input whatever the
/// pattern; a literal every match must contain is looked up first, so most text is turned away by one
/// <c>IndexOf</c>. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// Syntax: literals and escaped punctuation, <c>.</c>, classes <c>[...]</c> with ranges and negation, <c>\w \W \s
/// \S \d \D \b \B ^ $</c>, groups <c>(...)</c> <c>(?:...)</c> <c>(?&lt;name&gt;...)</c>, alternation and the
/// quantifiers <c>? * + {n} {n,} {n,m}</c> (lazy ones too: laziness does not change whether a pattern matches).
/// <see cref="TryCreate"/> refuses anything else, and letters outside ASCII (whose case-insensitive equivalents
/// are not simple), so callers fall back to <c>Regex</c> for such patterns.
/// </remarks>
internal sealed class LinearPattern
{
    private const int MaxStates = 4096;
    private const int StackStates = 512;

    private readonly State[] _states;
    private readonly CharClass[] _classes;
    private readonly int _start;
    private readonly bool _anchoredAtStart;
    // Lower-cased literals of which every match contains at least one (ASCII letters in either case), or null.
    private readonly string[]? _required;

    private LinearPattern(string pattern, State[] states, CharClass[] classes, int start, bool anchored, string[]? required)
    {
        Pattern = pattern;
        _states = states;
        _classes = classes;
        _start = start;
        _anchoredAtStart = anchored;
        _required = required;
    }

    /// <summary>The pattern text.</summary>
    public string Pattern { get; }

    /// <summary>Literals of which every match contains one, ignoring case (for tests), or empty when none is known.</summary>
    public IReadOnlyList<string> RequiredLiterals => _required ?? [];

    /// <summary>Compiles <paramref name="pattern"/>, or returns false when it uses syntax outside the subset.</summary>
    public static bool TryCreate(string pattern, out LinearPattern? result)
    {
        result = null;
        Node root;
        try
        {
            root = new Parser(pattern).ParseAll();
        }
        catch (NotSupportedException)
        {
            return false;
        }
        var builder = new Builder();
        if (!builder.TryCompile(root, out int start)) return false;
        var (exact, required) = Literals(root);
        var literals = Score(required) > 0 ? required : Score(exact) > 0 ? exact : null;
        string[]? array = null;
        if (literals is not null)
        {
            array = new string[literals.Count];
            literals.CopyTo(array);
            Array.Sort(array, StringComparer.Ordinal); // deterministic order
        }
        result = new LinearPattern(pattern, builder.States.ToArray(), builder.Classes.ToArray(), start, AnchoredAtStart(root), array);
        return true;
    }

    /// <summary>True when the pattern matches somewhere in <paramref name="text"/> (as <c>Regex.IsMatch</c> would).</summary>
    public bool IsMatch(ReadOnlySpan<char> text) => (_required is null || ContainsRequired(text)) && RunAutomaton(text);

    /// <summary>
    /// <see cref="IsMatch"/> without the literal check, for callers that have found one of
    /// <see cref="RequiredLiterals"/> in <paramref name="text"/> themselves (or have no literals to look for).
    /// </summary>
    public bool RunAutomaton(ReadOnlySpan<char> text)
    {
        int n = _states.Length;
        int[]? rented = null;
        // Two state lists and a mark per state: the mark holds the step at which the state was last added.
        Span<int> buffer = n <= StackStates ? stackalloc int[3 * n] : (rented = System.Buffers.ArrayPool<int>.Shared.Rent(3 * n)).AsSpan(0, 3 * n);
        try
        {
            var current = buffer[..n];
            var next = buffer.Slice(n, n);
            var marks = buffer.Slice(2 * n, n);
            marks.Fill(-1);
            int currentCount = 0;
            if (AddClosure(_start, text, 0, current, ref currentCount, marks, 0)) return true;
            for (int pos = 0; pos < text.Length; pos++)
            {
                char c = text[pos];
                int nextCount = 0;
                int step = pos + 1;
                for (int k = 0; k < currentCount; k++)
                {
                    ref readonly var s = ref _states[current[k]];
                    if (s.Kind == StateKind.Char && _classes[s.Arg].Contains(c)
                        && AddClosure(s.Out, text, step, next, ref nextCount, marks, step)) return true;
                }
                if (!_anchoredAtStart && AddClosure(_start, text, step, next, ref nextCount, marks, step)) return true;
                if (nextCount == 0 && _anchoredAtStart) return false;
                var swap = current;
                current = next;
                next = swap;
                currentCount = nextCount;
            }
            return false;
        }
        finally
        {
            if (rented is not null) System.Buffers.ArrayPool<int>.Shared.Return(rented);
        }
    }

    /// <summary>Adds the states reachable from <paramref name="state"/> without reading a character; true on reaching the match state.</summary>
    private bool AddClosure(int state, ReadOnlySpan<char> text, int pos, Span<int> list, ref int count, Span<int> marks, int step)
    {
        // An explicit stack: patterns such as a{0,60} chain many empty moves.
        Span<int> stack = stackalloc int[64];
        int[]? big = null;
        int top = 0;
        stack[top++] = state;
        try
        {
            while (top > 0)
            {
                int id = stack[--top];
                if (marks[id] == step) continue;
                marks[id] = step;
                ref readonly var s = ref _states[id];
                switch (s.Kind)
                {
                    case StateKind.Match:
                        return true;
                    case StateKind.Char:
                        list[count++] = id;
                        break;
                    case StateKind.Split:
                        Push(ref stack, ref big, ref top, s.Out1);
                        Push(ref stack, ref big, ref top, s.Out);
                        break;
                    case StateKind.Empty:
                        Push(ref stack, ref big, ref top, s.Out);
                        break;
                    case StateKind.Assert:
                        if (Holds((Assertion)s.Arg, text, pos)) Push(ref stack, ref big, ref top, s.Out);
                        break;
                }
            }
            return false;
        }
        finally
        {
            if (big is not null) System.Buffers.ArrayPool<int>.Shared.Return(big);
        }
    }

    private static void Push(ref Span<int> stack, ref int[]? big, ref int top, int state)
    {
        if (top == stack.Length)
        {
            var larger = System.Buffers.ArrayPool<int>.Shared.Rent(stack.Length * 2);
            stack.CopyTo(larger);
            if (big is not null) System.Buffers.ArrayPool<int>.Shared.Return(big);
            big = larger;
            stack = larger;
        }
        stack[top++] = state;
    }

    private static bool Holds(Assertion assertion, ReadOnlySpan<char> text, int pos) => assertion switch
    {
        Assertion.Start => pos == 0,
        // Without RegexOptions.Multiline, $ matches at the end and before a final newline.
        Assertion.End => pos == text.Length || (pos == text.Length - 1 && text[pos] == '\n'),
        Assertion.WordBoundary => IsBoundary(text, pos),
        Assertion.NotWordBoundary => !IsBoundary(text, pos),
        _ => false,
    };

    private static bool IsBoundary(ReadOnlySpan<char> text, int pos) =>
        (pos > 0 && CharClass.IsBoundaryWordChar(text[pos - 1])) != (pos < text.Length && CharClass.IsBoundaryWordChar(text[pos]));

    private bool ContainsRequired(ReadOnlySpan<char> text)
    {
        // The Kelvin sign matches k and K ignoring case in a regex, but not in the ASCII comparison.
        if (text.Contains('\u212A')) return true;
        foreach (string literal in _required!)
            if (IndexOfIgnoreAsciiCase(text, literal) >= 0) return true;
        return false;
    }

    /// <summary>
    /// Where <paramref name="text"/> holds <paramref name="literal"/> (lower case: ASCII letters, or characters without
    /// case), ASCII letters in either case; -1 when nowhere. (OrdinalIgnoreCase is not vectorized in invariant mode.)
    /// </summary>
    private static int IndexOfIgnoreAsciiCase(ReadOnlySpan<char> text, string literal)
    {
        char first = literal[0];
        int from = 0;
        while (from + literal.Length <= text.Length)
        {
            var rest = text[from..];
            int i = char.IsAsciiLetterLower(first) ? rest.IndexOfAny(first, (char)(first - 32)) : rest.IndexOf(first);
            if (i < 0) return -1;
            i += from;
            if (StartsWithIgnoreAsciiCase(text, i, literal)) return i;
            from = i + 1;
        }
        return -1;
    }

    /// <summary>True when <paramref name="text"/> holds <paramref name="literal"/> (lower case) at <paramref name="at"/>, ASCII letters in either case.</summary>
    internal static bool StartsWithIgnoreAsciiCase(ReadOnlySpan<char> text, int at, string literal)
    {
        if (at < 0 || at + literal.Length > text.Length) return false;
        for (int k = 0; k < literal.Length; k++)
        {
            char t = text[at + k];
            if (char.IsAsciiLetterUpper(t)) t = (char)(t | 0x20);
            if (t != literal[k]) return false;
        }
        return true;
    }

    private static bool AnchoredAtStart(Node node) => node switch
    {
        AssertNode { Kind: Assertion.Start } => true,
        ConcatNode c => c.Items.Count > 0 && AnchoredAtStart(c.Items[0]),
        AltNode a => a.Items.TrueForAll(AnchoredAtStart),
        RepeatNode { Min: >= 1 } r => AnchoredAtStart(r.Item),
        _ => false,
    };

    // ---- Required literals: every match contains one of a set of strings (compared ignoring case). ----

    private const int MaxLiteralSet = 32;

    /// <summary>
    /// For a node: the exact set of strings it matches when small and made of literals (null otherwise), and a set
    /// of which every match contains one (null when unknown). Strings are lower-cased.
    /// </summary>
    private static (HashSet<string>? Exact, HashSet<string>? Required) Literals(Node node)
    {
        switch (node)
        {
            case LiteralNode l:
                return (new HashSet<string>(StringComparer.Ordinal) { char.ToLowerInvariant(l.Char).ToString() }, null);
            case AssertNode:
            case EmptyNode:
                return (new HashSet<string>(StringComparer.Ordinal) { "" }, null);
            case ClassNode:
                return (null, null);
            case ConcatNode c:
            {
                HashSet<string>? run = new(StringComparer.Ordinal) { "" };
                HashSet<string>? best = null;
                bool allExact = true;
                foreach (var item in c.Items)
                {
                    var (exact, required) = Literals(item);
                    if (exact is not null && run.Count * exact.Count <= MaxLiteralSet)
                    {
                        var product = new HashSet<string>(StringComparer.Ordinal);
                        foreach (var a in run)
                            foreach (var b in exact) product.Add(a + b);
                        run = product;
                        continue;
                    }
                    allExact = false;
                    best = Better(best, run);
                    best = Better(best, exact);
                    best = Better(best, required);
                    run = new HashSet<string>(StringComparer.Ordinal) { "" };
                }
                best = Better(best, run);
                return (allExact ? run : null, best);
            }
            case AltNode a:
            {
                HashSet<string>? exactUnion = new(StringComparer.Ordinal);
                HashSet<string>? requiredUnion = new(StringComparer.Ordinal);
                foreach (var item in a.Items)
                {
                    var (exact, required) = Literals(item);
                    if (exactUnion is not null && exact is not null) exactUnion.UnionWith(exact);
                    else exactUnion = null;
                    var need = Score(required) > 0 ? required : Score(exact) > 0 ? exact : null;
                    if (requiredUnion is not null && need is not null) requiredUnion.UnionWith(need);
                    else requiredUnion = null;
                }
                if (exactUnion is not null && exactUnion.Count > MaxLiteralSet) exactUnion = null;
                return (exactUnion, requiredUnion);
            }
            case RepeatNode r:
            {
                var (exact, required) = Literals(r.Item);
                var need = Score(required) > 0 ? required : exact;
                if (r.Min == 1 && r.Max == 1) return (exact, required);
                if (r.Min == 0 && r.Max == 1 && exact is not null)
                {
                    var optional = new HashSet<string>(exact, StringComparer.Ordinal) { "" };
                    return (optional, null);
                }
                return (null, r.Min >= 1 ? need : null);
            }
            default:
                return (null, null);
        }
    }

    /// <summary>How selective a literal set is: its shortest string's length (0 when it holds the empty string).</summary>
    private static int Score(HashSet<string>? set)
    {
        if (set is null || set.Count == 0) return 0;
        int min = int.MaxValue;
        foreach (var s in set) min = Math.Min(min, s.Length);
        return min;
    }

    private static HashSet<string>? Better(HashSet<string>? a, HashSet<string>? b)
    {
        int sa = Score(a), sb = Score(b);
        if (sb > sa || (sb == sa && sb > 0 && b!.Count < a!.Count)) return b;
        return sa > 0 ? a : null;
    }

    // ---- Syntax tree ----

    private abstract record Node;
    private sealed record LiteralNode(char Char) : Node;
    private sealed record ClassNode(CharClass Class) : Node;
    private sealed record AssertNode(Assertion Kind) : Node;
    private sealed record EmptyNode : Node;
    private sealed record ConcatNode(List<Node> Items) : Node;
    private sealed record AltNode(List<Node> Items) : Node;
    private sealed record RepeatNode(Node Item, int Min, int Max) : Node; // Max -1: unbounded

    private enum Assertion { Start, End, WordBoundary, NotWordBoundary }

    private enum StateKind : byte { Char, Split, Empty, Assert, Match }

    private readonly record struct State(StateKind Kind, int Out, int Out1, int Arg);

    /// <summary>Parses the subset; throws <see cref="NotSupportedException"/> on anything else.</summary>
    private sealed class Parser(string pattern)
    {
        private int _pos;

        public Node ParseAll()
        {
            var node = ParseAlternation();
            if (_pos != pattern.Length) throw new NotSupportedException("unbalanced ')'");
            return node;
        }

        private Node ParseAlternation()
        {
            var items = new List<Node> { ParseConcat() };
            while (_pos < pattern.Length && pattern[_pos] == '|')
            {
                _pos++;
                items.Add(ParseConcat());
            }
            return items.Count == 1 ? items[0] : new AltNode(items);
        }

        private Node ParseConcat()
        {
            var items = new List<Node>();
            while (_pos < pattern.Length && pattern[_pos] is not '|' and not ')')
            {
                var atom = ParseAtom();
                items.Add(ParseQuantifiers(atom));
            }
            return items.Count switch { 0 => new EmptyNode(), 1 => items[0], _ => new ConcatNode(items) };
        }

        private Node ParseQuantifiers(Node atom)
        {
            while (_pos < pattern.Length)
            {
                char c = pattern[_pos];
                int min, max;
                if (c == '?') (min, max) = (0, 1);
                else if (c == '*') (min, max) = (0, -1);
                else if (c == '+') (min, max) = (1, -1);
                else if (c == '{') (min, max) = ParseBraces();
                else break;
                if (c != '{') _pos++;
                if (_pos < pattern.Length && pattern[_pos] == '?') _pos++; // lazy: same yes/no answer
                if (atom is AssertNode or EmptyNode) throw new NotSupportedException("quantified zero-width item");
                atom = new RepeatNode(atom, min, max);
            }
            return atom;
        }

        private (int Min, int Max) ParseBraces()
        {
            // {n}, {n,}, {n,m}; any other '{' would be a literal in .NET, which this subset refuses.
            int p = _pos + 1;
            int min = ReadNumber(ref p);
            int max = min;
            if (p < pattern.Length && pattern[p] == ',')
            {
                p++;
                max = p < pattern.Length && pattern[p] == '}' ? -1 : ReadNumber(ref p);
            }
            if (p >= pattern.Length || pattern[p] != '}' || (max >= 0 && max < min)) throw new NotSupportedException("quantifier");
            _pos = p + 1;
            return (min, max);
        }

        private int ReadNumber(ref int p)
        {
            int start = p, value = 0;
            while (p < pattern.Length && pattern[p] is >= '0' and <= '9' && p - start < 4) value = value * 10 + (pattern[p++] - '0');
            if (p == start || (p < pattern.Length && char.IsDigit(pattern[p]))) throw new NotSupportedException("quantifier");
            return value;
        }

        private Node ParseAtom()
        {
            char c = pattern[_pos++];
            switch (c)
            {
                case '(':
                {
                    if (_pos < pattern.Length && pattern[_pos] == '?')
                    {
                        if (_pos + 1 < pattern.Length && pattern[_pos + 1] == ':') _pos += 2;
                        else if (_pos + 1 < pattern.Length && pattern[_pos + 1] == '<' && _pos + 2 < pattern.Length && char.IsLetter(pattern[_pos + 2]))
                        {
                            int close = pattern.IndexOf('>', _pos);
                            if (close < 0) throw new NotSupportedException("group name");
                            for (int k = _pos + 2; k < close; k++)
                                if (!char.IsAsciiLetterOrDigit(pattern[k]) && pattern[k] != '_') throw new NotSupportedException("group name");
                            _pos = close + 1;
                        }
                        else throw new NotSupportedException("group construct");
                    }
                    var inner = ParseAlternation();
                    if (_pos >= pattern.Length || pattern[_pos] != ')') throw new NotSupportedException("unclosed group");
                    _pos++;
                    return inner;
                }
                case '[':
                    return new ClassNode(ParseClass());
                case '.':
                    return new ClassNode(CharClass.AnyButNewline);
                case '^':
                    return new AssertNode(Assertion.Start);
                case '$':
                    return new AssertNode(Assertion.End);
                case '\\':
                    return ParseEscape();
                case '*' or '+' or '?' or '{':
                    throw new NotSupportedException("quantifier without an item");
                default:
                    return Literal(c);
            }
        }

        private static Node Literal(char c)
        {
            CheckCaseless(c);
            return new LiteralNode(c);
        }

        private Node ParseEscape()
        {
            if (_pos >= pattern.Length) throw new NotSupportedException("trailing backslash");
            char c = pattern[_pos++];
            switch (c)
            {
                case 'b': return new AssertNode(Assertion.WordBoundary);
                case 'B': return new AssertNode(Assertion.NotWordBoundary);
                case 'w' or 'W' or 's' or 'S' or 'd' or 'D': return new ClassNode(CharClass.OfShorthand(c));
            }
            return Literal(EscapedChar(c));
        }

        /// <summary>The character an escape stands for outside the shorthand classes.</summary>
        private char EscapedChar(char c)
        {
            switch (c)
            {
                case 't': return '\t';
                case 'n': return '\n';
                case 'r': return '\r';
                case 'f': return '\f';
                case 'v': return '\v';
                case 'e': return '\u001B';
                case 'a': return '\u0007';
                case 'u':
                case 'x':
                {
                    int digits = c == 'u' ? 4 : 2;
                    if (_pos + digits > pattern.Length) throw new NotSupportedException("escape");
                    if (!int.TryParse(pattern.AsSpan(_pos, digits), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out int code))
                        throw new NotSupportedException("escape");
                    _pos += digits;
                    return (char)code;
                }
            }
            // Other escaped letters and digits are classes, anchors or back-references outside the subset.
            if (char.IsLetterOrDigit(c) || c == '_') throw new NotSupportedException($"escape \\{c}");
            return c;
        }

        private CharClass ParseClass()
        {
            bool negate = false;
            if (_pos < pattern.Length && pattern[_pos] == '^')
            {
                negate = true;
                _pos++;
            }
            var cls = new CharClass.Builder();
            bool first = true;
            while (true)
            {
                if (_pos >= pattern.Length) throw new NotSupportedException("unclosed class");
                char c = pattern[_pos++];
                if (c == ']' && !first) break;
                first = false;
                if (c == '[') throw new NotSupportedException("'[' in a class");
                if (c == '\\')
                {
                    if (_pos >= pattern.Length) throw new NotSupportedException("trailing backslash");
                    char e = pattern[_pos++];
                    if (e is 'w' or 'W' or 's' or 'S' or 'd' or 'D')
                    {
                        cls.AddCategory(e);
                        continue;
                    }
                    c = e == 'b' ? '\b' : EscapedChar(e);
                }
                // A range a-b, unless '-' ends the class ("[a-]") or starts a subtraction ("[a-[b]]").
                if (_pos + 1 < pattern.Length && pattern[_pos] == '-' && pattern[_pos + 1] != ']')
                {
                    _pos++;
                    char hi = pattern[_pos++];
                    if (hi == '[') throw new NotSupportedException("class subtraction");
                    if (hi == '\\')
                    {
                        if (_pos >= pattern.Length) throw new NotSupportedException("trailing backslash");
                        char e = pattern[_pos++];
                        if (e is 'w' or 'W' or 's' or 'S' or 'd' or 'D') throw new NotSupportedException("range to a class");
                        hi = e == 'b' ? '\b' : EscapedChar(e);
                    }
                    if (hi < c) throw new NotSupportedException("reversed range");
                    for (int k = c; k <= hi; k++) CheckCaseless((char)k);
                    cls.AddRange(c, hi);
                }
                else
                {
                    CheckCaseless(c);
                    cls.AddRange(c, c);
                }
            }
            return cls.Build(negate);
        }

        /// <summary>
        /// Outside ASCII, only characters without case mappings are accepted: their case-insensitive equivalents
        /// in .NET's regex tables are not derivable here (ASCII letters are handled by <see cref="CharClass"/>).
        /// </summary>
        private static void CheckCaseless(char c)
        {
            if (c < 128) return;
            if (char.IsLetter(c) || char.ToUpperInvariant(c) != c || char.ToLowerInvariant(c) != c)
                throw new NotSupportedException("non-ASCII letter");
        }
    }

    /// <summary>Thompson construction: each node becomes a fragment with one entry and a list of dangling exits.</summary>
    private sealed class Builder
    {
        public List<State> States { get; } = new();
        public List<CharClass> Classes { get; } = new();
        private readonly Dictionary<char, int> _literalClasses = new();

        public bool TryCompile(Node root, out int start)
        {
            start = -1;
            try
            {
                var fragment = Compile(root);
                int match = Add(new State(StateKind.Match, -1, -1, 0));
                Patch(fragment.Exits, match);
                start = fragment.Start;
                return true;
            }
            catch (NotSupportedException)
            {
                return false;
            }
        }

        private readonly record struct Fragment(int Start, List<(int State, bool Second)> Exits);

        private int Add(State s)
        {
            if (States.Count >= MaxStates) throw new NotSupportedException("pattern too large");
            States.Add(s);
            return States.Count - 1;
        }

        private void Patch(List<(int State, bool Second)> exits, int target)
        {
            foreach (var (id, second) in exits)
                States[id] = second ? States[id] with { Out1 = target } : States[id] with { Out = target };
        }

        private int ClassIndex(Node node)
        {
            if (node is LiteralNode l)
            {
                if (_literalClasses.TryGetValue(l.Char, out int known)) return known;
                Classes.Add(CharClass.CaseInsensitive(l.Char));
                return _literalClasses[l.Char] = Classes.Count - 1;
            }
            Classes.Add(((ClassNode)node).Class);
            return Classes.Count - 1;
        }

        private Fragment Compile(Node node)
        {
            switch (node)
            {
                case LiteralNode or ClassNode:
                {
                    int id = Add(new State(StateKind.Char, -1, -1, ClassIndex(node)));
                    return new Fragment(id, [(id, false)]);
                }
                case AssertNode a:
                {
                    int id = Add(new State(StateKind.Assert, -1, -1, (int)a.Kind));
                    return new Fragment(id, [(id, false)]);
                }
                case EmptyNode:
                {
                    int id = Add(new State(StateKind.Empty, -1, -1, 0));
                    return new Fragment(id, [(id, false)]);
                }
                case ConcatNode c:
                {
                    var first = Compile(c.Items[0]);
                    var exits = first.Exits;
                    for (int k = 1; k < c.Items.Count; k++)
                    {
                        var f = Compile(c.Items[k]);
                        Patch(exits, f.Start);
                        exits = f.Exits;
                    }
                    return new Fragment(first.Start, exits);
                }
                case AltNode a:
                {
                    // A chain of splits: split(item0, split(item1, ...)).
                    var exits = new List<(int, bool)>();
                    int entry = -1, previousSplit = -1;
                    for (int k = 0; k < a.Items.Count; k++)
                    {
                        var f = Compile(a.Items[k]);
                        exits.AddRange(f.Exits);
                        int target = f.Start;
                        if (k < a.Items.Count - 1)
                        {
                            int split = Add(new State(StateKind.Split, f.Start, -1, 0));
                            target = split;
                            if (previousSplit >= 0) States[previousSplit] = States[previousSplit] with { Out1 = split };
                            previousSplit = split;
                        }
                        else if (previousSplit >= 0) States[previousSplit] = States[previousSplit] with { Out1 = f.Start };
                        if (entry < 0) entry = target;
                    }
                    return new Fragment(entry, exits);
                }
                case RepeatNode r:
                    return CompileRepeat(r);
                default:
                    throw new NotSupportedException("node");
            }
        }

        private Fragment CompileRepeat(RepeatNode r)
        {
            // Mandatory copies, then either a loop (unbounded) or nested optional copies.
            int entry = -1;
            List<(int, bool)>? exits = null;
            void Append(Fragment f)
            {
                if (exits is null) entry = f.Start;
                else Patch(exits, f.Start);
                exits = f.Exits;
            }
            for (int k = 0; k < r.Min; k++) Append(Compile(r.Item));
            if (r.Max < 0)
            {
                int split = Add(new State(StateKind.Split, -1, -1, 0));
                var body = Compile(r.Item);
                States[split] = States[split] with { Out = body.Start };
                Patch(body.Exits, split);
                Append(new Fragment(split, [(split, true)]));
            }
            else
            {
                var optionalExits = new List<(int, bool)>();
                for (int k = r.Min; k < r.Max; k++)
                {
                    int split = Add(new State(StateKind.Split, -1, -1, 0));
                    var body = Compile(r.Item);
                    States[split] = States[split] with { Out = body.Start };
                    optionalExits.Add((split, true));
                    Append(new Fragment(split, body.Exits));
                }
                if (exits is not null) optionalExits.AddRange(exits);
                exits = optionalExits;
            }
            if (exits is null)
            {
                int empty = Add(new State(StateKind.Empty, -1, -1, 0));
                return new Fragment(empty, [(empty, false)]);
            }
            return new Fragment(entry, exits);
        }
    }
}
