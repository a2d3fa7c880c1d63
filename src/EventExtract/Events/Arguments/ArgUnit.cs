using EventExtract.Places;

namespace EventExtract.Events.Arguments;

/// <summary>What an argument unit stands for.</summary>
internal enum UnitKind : byte { Actor, CountryReference, PartyReference, Latter, Former }

/// <summary>
/// A run of tokens that names a party: an actor from the resolver, or an expression referring to
/// actors named earlier ("the four countries", "participants", "the latter"), resolved when its sentence is processed.
/// </summary>
internal sealed class ArgUnit
{
    public ArgUnit(int first, int last, UnitKind kind, Actor? actor, int count = 0, bool common = false)
    {
        IsCommonNoun = common;
        First = first;
        Last = last;
        Kind = kind;
        Count = count;
        if (actor is not null) Actors.Add(actor);
    }

    /// <summary>First token (inclusive).</summary>
    public int First { get; }

    /// <summary>Last token (inclusive).</summary>
    public int Last { get; }

    public UnitKind Kind { get; }

    /// <summary>The number a reference gives ("the four countries" = 4), or 0.</summary>
    public int Count { get; }

    /// <summary>The actors this unit stands for (empty while a reference is unresolved or unresolvable).</summary>
    public List<Actor> Actors { get; } = new();

    public bool Resolved { get; set; }

    /// <summary>An unnamed party ("the militants", "Serb police") named by its own common-noun phrase.</summary>
    public bool IsCommonNoun { get; }

    public bool IsReference => Kind != UnitKind.Actor;
}
