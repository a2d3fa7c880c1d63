using EventExtract.Places;
using EventExtract.Tagging;

namespace EventExtract.Events.Arguments;

// The other side of a fight.
internal sealed partial class ArgumentReader
{
    /// <summary>
    /// "Troops clashed with insurgents", "exchanged fire with rebels", "fighting between the army and militias": in fighting
    /// where both sides fire (mutual-combat-words.txt, attack-exchange-words.txt), the parties after "with" or "between"
    /// are attackers, not targets.
    /// </summary>
    private void ReadCombatSides(MentionDraft d, int scanEnd)
    {
        var trigger = d.Triggers[0];
        int head = trigger.FirstToken + trigger.TokenCount - 1;
        bool clash = _c.MutualCombatWords.Contains(_x.Lower(head));
        if (!clash && !_c.ExchangeWords.Contains(_x.Lower(trigger.FirstToken))) return;
        ReadSidesAfter(d, head, scanEnd);
        if (clash) DropPolicingSides(d);
    }

    private void ReadSidesAfter(MentionDraft d, int head, int scanEnd)
    {
        int p = head + 1;
        // ("clashed briefly with", "fought fiercely with".)
        while (p < scanEnd && _x.IsAdverb(p)) p++;
        // ("Clashes broke out between the army and rebels": past a verb saying the fight began, and its particle. A
        // sentence-opening "Fighting broke out" is often tagged a verb, yet a verb of outbreak right after it makes it the noun.)
        if (p < scanEnd && (!_x.IsVerb(head) || _x.Lower(head).EndsWith("ing", StringComparison.Ordinal)) && _c.CombatOutbreakVerbs.Contains(_x.Lower(p)) && _x.IsVerb(p))
        {
            p++;
            while (p < scanEnd && (_x.IsAdverb(p) || _x.Lower(p) is "out" or "up" or "again")) p++;
        }
        if (p + 1 >= scanEnd || _x.Lower(p) is not ("with" or "between")) return;
        var (sides, _) = RightChain(p + 1, CommaAfter(p + 1, scanEnd), allowPrepositionStart: true);
        foreach (var a in sides)
        {
            d.Targets.RemoveAll(t => t.Span.Overlaps(a.Span));
            MentionDraft.AddActor(d.Attackers, a);
        }
    }

    /// <summary>
    /// "A night of clashes with police left 40 officers injured", "police and militant Protestants clashed": police in a
    /// clash with a crowd keep order and are none of its attackers (its targets, when no other side is named); facing an armed side (armed-group-nouns.txt,
    /// known-attacker-nouns.txt, armed-force-nouns.txt: "police clashed with gunmen") they are one side of a gunfight.
    /// </summary>
    private void DropPolicingSides(MentionDraft d)
    {
        bool armedSide = false;
        foreach (var a in d.Attackers)
            if (LastWord(a) is { } w && !_c.LawEnforcementHeads.Contains(w)
                && _c.IsArmedPartyNoun(w))
                armedSide = true;
        if (armedSide) return;
        var police = d.Attackers.FindAll(a => LastWord(a) is { } w && _c.LawEnforcementHeads.Contains(w));
        d.Attackers.RemoveAll(police.Contains);
        // (Police named as the only side are the ones the crowd fought: "clashes with police left 40 officers injured".)
        if (d.Attackers.Count == 0)
            foreach (var a in police) MentionDraft.AddActor(d.Targets, a);
    }

    private string? LastWord(Actor a)
    {
        var (_, last) = _x.TokenRange(a.Span);
        return last < _x.Tokens.Count ? _x.Lower(last) : null;
    }
}
