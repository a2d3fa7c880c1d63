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
        if (!_c.MutualCombatWords.Contains(_x.Lower(head)) && !_c.ExchangeWords.Contains(_x.Lower(trigger.FirstToken))) return;
        int p = head + 1;
        // ("clashed briefly with", "fought fiercely with".)
        while (p < scanEnd && _x.IsAdverb(p)) p++;
        if (p + 1 >= scanEnd || _x.Lower(p) is not ("with" or "between")) return;
        var (sides, _) = RightChain(p + 1, CommaAfter(p + 1, scanEnd), allowPrepositionStart: true);
        foreach (var a in sides)
        {
            d.Targets.RemoveAll(t => t.Span.Overlaps(a.Span));
            MentionDraft.AddActor(d.Attackers, a);
        }
    }
}
