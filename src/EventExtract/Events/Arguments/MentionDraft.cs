using EventExtract.Places;
using EventExtract.Time;

namespace EventExtract.Events.Arguments;

/// <summary>
/// One event mention while its arguments are being read: one or more trigger candidates of the same
/// type in one sentence, and everything the rules attached to them. Mutable, local to one Find call.
/// The argument lists are created on first use: most drafts fill only one or two of them.
/// </summary>
internal sealed class MentionDraft
{
    public MentionDraft(TriggerCandidate trigger)
    {
        Triggers.Add(trigger);
        Type = trigger.Type;
        Sentence = trigger.Sentence;
        First = trigger.FirstToken;
        Last = trigger.FirstToken + trigger.TokenCount - 1;
        Confidence = trigger.Confidence;
    }

    public List<TriggerCandidate> Triggers { get; } = new(2);
    public EventType Type { get; }
    public int Sentence { get; }

    /// <summary>First token of the first trigger.</summary>
    public int First { get; private set; }

    /// <summary>Last token of the last trigger (inclusive).</summary>
    public int Last { get; private set; }

    /// <summary>The token the verb-or-noun rules look at: the verb trigger if there is one, else the first trigger.</summary>
    public int Anchor { get; set; }

    public bool AnchorIsVerb { get; set; }
    public float Confidence { get; private set; }

    public List<Actor> Participants => _participants ??= new();
    private List<Actor>? _participants;
    public List<Actor> Speakers => _speakers ??= new();
    private List<Actor>? _speakers;
    public List<Actor> Addressees => _addressees ??= new();
    private List<Actor>? _addressees;
    public List<Actor> Attackers => _attackers ??= new();
    private List<Actor>? _attackers;
    public List<Actor> Targets => _targets ??= new();
    private List<Actor>? _targets;
    public Actor? Host { get; set; }
    public Place? Location { get; set; }
    /// <summary>The scene set by the sentence before, for a mention with no place of its own: used only when no mention of the
    /// event has a place, and never to keep two mentions apart.</summary>
    public Place? SceneLocation { get; set; }
    public Timex? Date { get; set; }
    public EventStatus Status { get; set; }

    /// <summary>
    /// Planned only through what a meeting noun, as subject, would or will do ("the talks would focus on trade"): the
    /// meeting's agenda or course, not whether it takes place, so a later mention of this kind leaves the event's status.
    /// </summary>
    public bool IsPlannedByCourse { get; set; }
    public string? Content { get; set; }
    public string? Quote { get; set; }
    public string? Topic { get; set; }
    public int? Killed { get; set; }
    public int? Injured { get; set; }
    public List<string> Victims => _victims ??= new();
    private List<string>? _victims;
    public string? Weapon { get; set; }
    public AttackType AttackType { get; set; }

    /// <summary>A definite description ("the meeting") with no arguments of its own: points back to an earlier event.</summary>
    public bool IsAnaphoric { get; set; }

    /// <summary>
    /// A gathering another meeting of its sentence was held at ("held talks with X on the sidelines of the meeting"): it is
    /// not that meeting.
    /// </summary>
    public bool IsOccasion { get; set; }

    /// <summary>A definite description ("the bombing", "these attacks"), with or without arguments of its own.</summary>
    public bool IsDefinite { get; set; }

    /// <summary>Statement modified by "joint"/"post-meeting": the last meeting's participants speak.</summary>
    public bool IsJointStatement { get; set; }

    /// <summary>Marked as another occurrence ("their last meeting", "a new round"): never merged by overlap.</summary>
    public bool IsDistinct { get; set; }

    public bool Dropped { get; set; }

    /// <summary>
    /// The attack mention of the same sentence that a pronoun-subject label describes ('"This was an act of terror," the
    /// mayor said of the bombing'): the label is a mention of that attack's event; null for any other mention.
    /// </summary>
    public MentionDraft? Describes { get; set; }

    /// <summary>
    /// First token of the noun phrase when the mention names a known attack inside another clause ("condemned the
    /// shooting", "bombing victims"); -1 otherwise. Such a mention takes no time, scene or modality of that clause.
    /// </summary>
    public int ReferenceStart { get; set; } = -1;

    public bool Covers(int token) => token >= First && token <= Last;

    public void Absorb(MentionDraft other)
    {
        Triggers.AddRange(other.Triggers);
        Triggers.Sort((a, b) => a.FirstToken.CompareTo(b.FirstToken));
        First = Math.Min(First, other.First);
        Last = Math.Max(Last, other.Last);
        Confidence = Math.Max(Confidence, other.Confidence);
    }

    public bool HasCasualties => Killed is not null || Injured is not null;

    /// <summary>The share of the type's core arguments that were found, in 0..1.</summary>
    public float Completeness()
    {
        float date = Date is null ? 0 : 1, place = Location is null ? 0 : 1;
        return Type switch
        {
            EventType.Meeting => (Math.Min(_participants?.Count ?? 0, 2) / 2f + date + place) / 3f,
            EventType.Statement => ((_speakers is { Count: > 0 } ? 1 : 0) + (Content is not null || Quote is not null ? 1 : 0)) / 2f,
            _ => (date + place + (HasCasualties || _attackers is { Count: > 0 } || AttackType != AttackType.Other ? 1 : 0)) / 3f,
        };
    }

    public static void AddActor(List<Actor> list, Actor actor)
    {
        foreach (var a in list)
            if (a.Span == actor.Span) return;
        list.Add(actor);
    }

    /// <summary>Adds <paramref name="actor"/> to the addressees unless it overlaps a speaker (one does not speak to oneself).</summary>
    public void AddAddresseeUnlessSpeaker(Actor actor)
    {
        foreach (var sp in Speakers)
            if (sp.Span.Overlaps(actor.Span)) return;
        AddActor(Addressees, actor);
    }
}
