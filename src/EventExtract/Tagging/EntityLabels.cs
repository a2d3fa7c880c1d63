namespace EventExtract.Tagging;

/// <summary>
/// BILOU label ids of the entity recognizer: 0 = O, then for each type t (PER, ORG, LOC) 1+4t = B,
/// 2+4t = I, 3+4t = L, 4+4t = U.
/// </summary>
internal static class EntityLabels
{
    /// <summary>Number of labels.</summary>
    public const int Count = 13;

    /// <summary>Label id used for positions before the sentence start.</summary>
    public const int Start = 31;

    /// <summary>The outside label.</summary>
    public const int Outside = 0;

    /// <summary>Position of a label inside its entity.</summary>
    public enum Part : byte
    {
        /// <summary>Outside any entity.</summary>
        Outside,
        /// <summary>First token of a multi-token entity.</summary>
        Begin,
        /// <summary>Inner token.</summary>
        Inside,
        /// <summary>Last token of a multi-token entity.</summary>
        Last,
        /// <summary>Single-token entity.</summary>
        Unit,
    }

    /// <summary>Label id of a part and type.</summary>
    public static int Of(Part part, EntityType type) => part == Part.Outside ? 0 : 1 + 4 * (int)type + ((int)part - 1);

    /// <summary>The part of a label id.</summary>
    public static Part PartOf(int label) => label == 0 ? Part.Outside : (Part)(1 + (label - 1) % 4);

    /// <summary>The type of a non-O label id.</summary>
    public static EntityType TypeOf(int label) => (EntityType)((label - 1) / 4);

    /// <summary>True when <paramref name="label"/> may follow <paramref name="previous"/> (BILOU well-formedness).</summary>
    public static bool IsValid(int previous, int label, bool isLast)
    {
        var part = PartOf(label);
        if (isLast && (part == Part.Begin || part == Part.Inside)) return false;
        var prevPart = previous == Start ? Part.Outside : PartOf(previous);
        bool open = prevPart is Part.Begin or Part.Inside;
        if (!open) return part is Part.Outside or Part.Begin or Part.Unit;
        return part is Part.Inside or Part.Last && TypeOf(label) == TypeOf(previous);
    }

    // Bit c of ValidMasks[2 * previous + (isLast ? 1 : 0)] = IsValid(previous, c, isLast), for previous in 0..Start.
    private static readonly ushort[] ValidMasks = BuildValidMasks();

    private static ushort[] BuildValidMasks()
    {
        var masks = new ushort[2 * (Start + 1)];
        for (int previous = 0; previous <= Start; previous++)
        {
            if (previous >= Count && previous != Start) continue;
            for (int last = 0; last < 2; last++)
                for (int c = 0; c < Count; c++)
                    if (IsValid(previous, c, last == 1)) masks[2 * previous + last] |= (ushort)(1 << c);
        }
        return masks;
    }

    /// <summary>The labels allowed after <paramref name="previous"/> (a label id or <see cref="Start"/>), one bit per label id.</summary>
    public static uint ValidMask(int previous, bool isLast) => ValidMasks[2 * previous + (isLast ? 1 : 0)];

    /// <summary>Name of a label, e.g. "B-PER".</summary>
    public static string Name(int label) => label == 0 ? "O" :
        "BILU"[(int)PartOf(label) - 1] + "-" + (TypeOf(label) switch { EntityType.Person => "PER", EntityType.Organization => "ORG", _ => "LOC" });
}
