using EventExtract.Tagging;
using EventExtract.Text;

namespace EventExtract.Events.Arguments;

internal sealed partial class ArgumentReader
{
    /// <summary>
    /// "condemned the shooting", "a suspect in the bombings", "paid tribute Tuesday to bombing victims", "at the bombed
    /// embassy": an attack noun (or attributive participle) inside the object or prepositional phrase of another clause,
    /// naming an attack as a known thing. The time, scene and modality of that clause are its verb's, not the attack's:
    /// only what the noun phrase holds itself ("the Aug. 7 bombings", "the bombing of the embassy last month") tells
    /// about the attack. Returns the first token of the noun phrase, or -1 when the mention is no such reference
    /// (a verb, an indefinite noun, a subject, or a noun with a casualty clause of its own: "the blast that killed 10").
    /// </summary>
    private int ReferringAttackPhraseStart(Sentence s, MentionDraft d)
    {
        if (d.Type != EventType.Attack || d.Triggers.Count != 1 || !_x.HasPos) return -1;
        int next = d.Last + 1;
        bool aftermath = next < s.EndToken && _c.AttackAftermathNouns.Contains(_x.Lower(next));
        // "the bombed embassy", "the bomb-hit U.S. Embassy": a participle before a noun or name.
        string last = _x.Lower(d.Last);
        bool attributive = next < s.EndToken && (last.EndsWith("ed", StringComparison.Ordinal) || last.EndsWith("-hit", StringComparison.Ordinal) || last == "hit")
            && (_x.Pos(next) is UniversalPos.NOUN or UniversalPos.PROPN or UniversalPos.ADJ || _x.UnitAt(next) is not null)
            && d.First > s.FirstToken && (_x.IsDeterminer(d.First - 1) || d.First - 1 >= s.FirstToken && _x.Lower(d.First - 1) is "'s" or "’s");
        if (d.AnchorIsVerb && !attributive && !aftermath) return -1;

        // The noun phrase's premodifiers: adjectives, nouns, names, numbers, dates, hyphens ("the January 1998 abortion clinic bombing").
        int i = d.First - 1;
        for (int n = 0; i >= s.FirstToken && n < 8; i--, n++)
        {
            if (_x.TimexAt(i) is not null || _x.UnitAt(i) is not null || _x.PlaceAt(i) is not null) continue;
            if (_x.Pos(i) is UniversalPos.ADJ or UniversalPos.NOUN or UniversalPos.PROPN or UniversalPos.NUM || _x.Tokens.GetKind(i) == TokenKind.Dash
                || _x.Lower(i) is "-" or "'s" or "’s" || OpensScareQuote(s, i)) continue;
            break;
        }
        int start = i + 1;
        bool definite = i >= s.FirstToken && (_c.AnaphoricDeterminers.Contains(_x.Lower(i)) && _x.Pos(i) == UniversalPos.DET || _x.Lower(i) is "his" or "her" or "its" or "their");
        // A possessive inside the premodifiers ("Slepian's killing") makes the phrase definite too.
        for (int k = start; k < d.First && !definite; k++)
            if (_x.Lower(k) is "'s" or "’s") definite = true;
        if (definite) { start = i; i--; }
        if (!definite && !aftermath && !attributive) return -1;
        // What governs the phrase: a preposition or a main verb (not a subject position at the clause start).
        if (i < s.FirstToken) return -1;
        bool governed = _x.IsPreposition(i) || _x.Pos(i) is UniversalPos.ADP || _x.Pos(i) == UniversalPos.VERB && !_c.CasualtyWords.ContainsKey(_x.Lower(i));
        if (!governed) return -1;
        // "the embassy blast that killed 10 people": a casualty clause of its own makes it a full report.
        for (int k = next, n = 0; k < s.EndToken && n < 10; k++, n++)
        {
            if (_x.Lower(k) is not ("that" or "which")) continue;
            for (int m = k + 1; m < s.EndToken && m <= k + 4; m++)
                if (_c.CasualtyWords.ContainsKey(_x.Lower(m))) return -1;
        }
        return start;
    }

    /// <summary>
    /// "The attackers detonated a roadside bomb": an attack whose one attacker is "the" and a noun naming people by the
    /// attack they did (known-attacker-nouns.txt), with no date or place of its own, is told of the attack reported before.
    /// </summary>
    public bool HasOnlyKnownAttackers(MentionDraft d)
    {
        if (d.Type != EventType.Attack || d.Attackers.Count != 1 || d.Date is not null || d.Location is not null) return false;
        var (first, last) = _x.TokenRange(d.Attackers[0].Span);
        return last == first + 1 && _x.Lower(first) is "the" or "these" or "those" && _c.KnownAttackerNouns.Contains(_x.Lower(last));
    }

    /// <summary>
    /// "A gunman shot dead a journalist ... Press groups condemned the killing": a definite singular noun of one death
    /// (single-victim-words.txt, Killed) named inside another clause and ending it, which alone makes no attack (a casualty word with
    /// no attack cue, <see cref="IsUnanchoredAttack"/>), may still name the killing already reported; it then joins
    /// that attack rather than being dropped.
    /// </summary>
    public bool IsKnownKillingReference(MentionDraft d)
    {
        if (d.Type != EventType.Attack || d.AnchorIsVerb || !d.IsDefinite || d.ReferenceStart < 0 || d.Triggers.Count != 1 || d.Triggers[0].TokenCount != 1) return false;
        int t = d.Triggers[0].FirstToken;
        // (The noun ends its clause: "protesting the killing of their clan elder" names a killing of its own.)
        var s = _x.Document.Sentences[d.Sentence];
        if (t + 1 < s.EndToken && !_x.IsPunct(t + 1)) return false;
        return _x.Pos(t) == UniversalPos.NOUN && _c.SingleVictimWords.TryGetValue(_x.Lower(t), out var kind) && kind == CasualtyKind.Killed
            && d.Date is null && d.Location is null;
    }

    /// <summary>
    /// '"This was an act of terror," the mayor said', "It is a massacre": an indefinite attack noun (past its adjectives and
    /// adverbs: "a cowardly act of terrorism"; or "the" and an ordinal or superlative: "the third grenade attack") after
    /// "is"/"was" whose subject, opening the sentence or its quote, is "this", "it" or "that": a verdict on an attack named
    /// elsewhere, not a new one.
    /// </summary>
    private bool IsPronounLabel(Sentence s, MentionDraft d)
    {
        if (d.AnchorIsVerb || d.Triggers.Count != 1) return false;
        int i = d.First - 1;
        // ("It was the third grenade attack in the city this month", "It was the deadliest attack": an ordinal or superlative
        // after "the" ranks the same attack among others.)
        while (i >= s.FirstToken && d.First - i <= 4 && (_x.Pos(i) == UniversalPos.ADJ || _x.IsAdverb(i) || _x.Tokens.GetKind(i) == TokenKind.Dash
               || (_x.Pos(i) == UniversalPos.NOUN && i + 1 == d.First))) i--;
        // (An attack noun opening the text, "Turkish air strikes hit ...", leaves nothing before it.)
        if (i < s.FirstToken) return false;
        bool ranked = _x.Lower(i) == "the" && i + 1 < d.First && (_c.DistinctModifiers.Contains(_x.Lower(i + 1)) || _x.Lower(i + 1).EndsWith("est", StringComparison.Ordinal));
        if (i - 2 < s.FirstToken || !(_x.Lower(i) is "a" or "an" || ranked) || _x.Lower(i - 1) is not ("is" or "was" or "'s" or "’s")
            || _x.Lower(i - 2) is not ("this" or "it" or "that")) return false;
        int before = i - 3;
        return before < s.FirstToken || _x.IsQuote(before);
    }

    /// <summary>
    /// True when a time expression at tokens [<paramref name="first"/>, <paramref name="last"/>] may date the referring
    /// attack phrase starting at <paramref name="start"/>: inside the phrase, or after it with no verb between.
    /// </summary>
    private bool DatesReference(MentionDraft d, int start, int first, int last)
    {
        if (first >= start && last < d.First) return true;
        if (first <= d.Last) return false;
        for (int k = d.Last + 1; k < first; k++)
            if (_x.IsVerb(k) || _x.IsBoundary(k) || _x.Lower(k) is "," or ";") return false;
        return true;
    }

    /// <summary>The end of a referring attack phrase's own post-modifiers: the first verb, clause break or comma after it.</summary>
    private int ReferenceEnd(MentionDraft d, int scanEnd)
    {
        for (int k = d.Last + 1; k < scanEnd; k++)
            if (_x.IsVerb(k) || _x.IsBoundary(k) || _x.Lower(k) is "," or ";") return k;
        return scanEnd;
    }

    /// <summary>A status cue word among the premodifiers of a referring phrase ("the planned attack", "the foiled bombing").</summary>
    private bool HasStatusModifier(MentionDraft d, int start)
    {
        for (int k = start; k < d.First; k++)
            if (_c.StatusCuesBefore.ContainsKey(_x.Lower(k))) return true;
        return false;
    }

    /// <summary>"The bombing", "these attacks", "the Aug. 7 blast": an attack noun phrase with a definite determiner.</summary>
    private bool IsDefiniteAttackSubject(Sentence s, MentionDraft d)
    {
        if (d.AnchorIsVerb) return false;
        int i = d.First - 1;
        for (int n = 0; i >= s.FirstToken && n < 6; i--, n++)
        {
            if (_x.TimexAt(i) is not null || _x.UnitAt(i) is not null || _x.PlaceAt(i) is not null) continue;
            if (_x.Pos(i) is UniversalPos.ADJ or UniversalPos.NOUN or UniversalPos.PROPN or UniversalPos.NUM || _x.Lower(i) == "-") continue;
            break;
        }
        return i >= s.FirstToken && _c.AnaphoricDeterminers.Contains(_x.Lower(i)) && _x.Pos(i) == UniversalPos.DET;
    }

    /// <summary>A verb saying that an event takes place ("happen", "took place", "go ahead") at token <paramref name="i"/>, past auxiliaries and adverbs.</summary>
    private bool OccurrenceVerbAt(int i, int end)
    {
        while (i < end && (_x.IsAdverb(i) || _x.Lower(i) is "be" or "been" or "have" or "has" or "had")) i++;
        return i < end && _c.OccurrenceVerbs.Contains(_x.Lower(i));
    }

    /// <summary>A verb that is no occurrence verb at <paramref name="i"/>, past adverbs and forms of "be"/"have" ("failed to agree").</summary>
    private bool OtherVerbAt(int i, int end)
    {
        while (i < end && (_x.IsAdverb(i) || _x.Lower(i) is "be" or "been" or "have" or "has" or "had")) i++;
        return i < end && _x.Pos(i) == UniversalPos.VERB && !_c.OccurrenceVerbs.Contains(_x.Lower(i));
    }

    /// <summary>"bombing victims", "the blast site": a referring attack word before a noun of what the attack left behind.</summary>
    private bool IsAftermathReference(Sentence s, MentionDraft d) =>
        d.ReferenceStart >= 0 && d.Last + 1 < s.EndToken && _c.AttackAftermathNouns.Contains(_x.Lower(d.Last + 1));

    /// <summary>A subordinating "after", "before", "since", "when", "because" … (tagged SCONJ) in [<paramref name="from"/>, <paramref name="end"/>).</summary>
    private bool SubordinateClauseBetween(int from, int end)
    {
        for (int k = from; k < end; k++)
            if (_x.Pos(k) == UniversalPos.SCONJ && _x.IsBoundary(k) && _x.Lower(k) is not ("that" or "whether" or "if")) return true;
        return false;
    }

    /// <summary>A subordinating word (clause-subordinators.txt) the tagger read as one or as a preposition ("after Belgrade objected").</summary>
    private bool IsClauseSubordinator(int k) =>
        _c.ClauseSubordinators.Contains(_x.Lower(k)) && _x.Pos(k) is UniversalPos.SCONJ or UniversalPos.ADP;

    /// <summary>A subordinating word (clause-subordinators.txt) followed by a verb of its clause, both in [<paramref name="from"/>, <paramref name="end"/>).</summary>
    private bool SubordinateVerbBetween(int from, int end)
    {
        for (int k = from; k < end; k++)
        {
            if (!IsClauseSubordinator(k)) continue;
            for (int v = k + 1; v < end; v++)
                if (_x.Pos(v) == UniversalPos.VERB && _x.UnitAt(v) is null) return true;
        }
        return false;
    }

    /// <summary>A preposition other than "with" (or a verb particle: "carry out") in [<paramref name="from"/>, <paramref name="end"/>).</summary>
    private bool PrepositionBetween(int from, int end)
    {
        for (int k = from; k < end; k++)
            if (_x.Pos(k) == UniversalPos.ADP && _x.Lower(k) is not ("with" or "out" or "up" or "off" or "down")) return true;
        return false;
    }

    /// <summary>True when the preposition "in" lies in [<paramref name="from"/>, <paramref name="end"/>).</summary>
    private bool InBetween(int from, int end)
    {
        for (int k = from; k < end; k++)
            if (_x.Pos(k) == UniversalPos.ADP && _x.Lower(k) == "in") return true;
        return false;
    }

    /// <summary>
    /// "The senator attacked the proposal as reckless": an attack verb whose object is a word, plan or idea
    /// (verbal-attack-objects.txt), or that is followed by "as" + an adjective, criticizes rather than strikes.
    /// </summary>
    private bool IsVerbalAttack(Sentence s, MentionDraft d)
    {
        if (d.Triggers.Count != 1 || d.First != d.Last || !_x.HasPos) return false;
        // "an assault on the rights and liberties of all Americans", "the bombing of the bill": an attack noun on ideas.
        if (_x.Pos(d.First) == UniversalPos.NOUN && d.Last + 1 < s.EndToken && _x.Lower(d.Last + 1) is "on" or "upon" or "against" or "of")
        {
            for (int m = d.Last + 2, n = 0; m < s.EndToken && n < 5; m++, n++)
            {
                if (_x.IsDeterminer(m) || _x.Pos(m) is UniversalPos.ADJ) continue;
                // ("an assault on press freedom": the last noun of a compound is its head.)
                while (m + 1 < s.EndToken && n < 5 && _x.Pos(m) == UniversalPos.NOUN && _x.Pos(m + 1) == UniversalPos.NOUN) { m++; n++; }
                // ("launched an attack on rebel positions", "troops mounted an assault on army positions": armed
                // positions, as after a verb below.)
                return _x.Pos(m) == UniversalPos.NOUN && _c.VerbalAttackObjects.Contains(_x.Lower(m))
                    && !IsArmedModifier(m - 1, d.Last) && !HasArmedSubject(s, d.First);
            }
            return false;
        }
        if (_x.Pos(d.First) != UniversalPos.VERB) return false;
        // The object phrase: determiners, possessives, adjectives and nouns; its last noun is the head.
        int head = -1;
        int k = d.Last + 1;
        // "struck down the law", "shot down the proposal": past the particle "down" to the object.
        if (k + 1 < s.EndToken && _x.Lower(k) == "down") k++;
        for (int n = 0; k < s.EndToken && n < 6; k++, n++)
        {
            if (_x.IsDeterminer(k) || _x.Lower(k) is "'s" or "’s" || _x.Pos(k) is UniversalPos.ADJ or UniversalPos.PRON or UniversalPos.PROPN) continue;
            // ("Magazine ’s coverage" split as an apostrophe and "s".)
            if (_x.Lower(k) is "'" or "’" && k + 1 < s.EndToken && _x.Lower(k + 1) == "s") { k++; n++; continue; }
            if (_x.Pos(k) == UniversalPos.NOUN) { head = k; continue; }
            break;
        }
        if (head >= 0 && _c.VerbalAttackObjects.Contains(_x.Lower(head)) && !HasArmedSubject(s, d.First) && !IsArmedModifier(head - 1, d.Last)
            && !_c.PhysicalAttackVerbs.Contains(_x.Lower(d.First))) return true;
        // "The photographer shot the portrait": a camera's shot (camera-shot-objects.txt), not gunfire.
        if (head >= 0 && _x.Lower(d.First) is "shot" or "shoot" or "shoots" or "shooting" && _c.CameraShotObjects.Contains(_x.Lower(head))) return true;
        // "attacked the plan as reckless"; "attacked him for failing to act": blame for a conduct.
        if (head < 0 && k - 1 > d.Last && _x.Pos(k - 1) == UniversalPos.PRON) head = k - 1;
        return head >= 0 && k + 1 < s.EndToken && (_x.Lower(k) == "as" && _x.Pos(k + 1) == UniversalPos.ADJ
            || _x.Lower(k) == "for" && _x.Lower(k + 1).EndsWith("ing", StringComparison.Ordinal) && _x.Pos(k + 1) == UniversalPos.VERB);
    }

    /// <summary>
    /// "Navy warships pounded rebel positions", "Artillery shells hit army positions", "Rebels attacked army positions",
    /// "Turkish drones struck militant positions": before the verb in its clause, a weapon (attack-target-words.txt), an
    /// armed party (armed-force, armed-group and known-attacker nouns) or a warcraft or munition (trigger-cues.tsv) word;
    /// such a subject strikes "positions" rather than criticizing them.
    /// </summary>
    private bool HasArmedSubject(Sentence s, int verb)
    {
        for (int p = ClauseStart(verb, s.FirstToken); p < verb; p++)
        {
            string w = _x.Lower(p);
            if (_c.WeaponWords.Contains(w) || _c.IsArmedPartyNoun(w) || Triggers.TriggerCues.Embedded.Has(w, "warcraft")
                || Triggers.TriggerCues.Embedded.Has(w, "munition")) return true;
        }
        return false;
    }

    /// <summary>
    /// "The Taliban attacked army positions", "attacked rebel positions": a modifier of the object's head that names an
    /// armed party, itself or in its plural ("rebel" for "rebels"), makes the positions military ones.
    /// </summary>
    private bool IsArmedModifier(int i, int verb)
    {
        if (i <= verb || _x.Pos(i) is not (UniversalPos.NOUN or UniversalPos.ADJ)) return false;
        string w = _x.Lower(i);
        return _c.IsArmedPartyNoun(w) || _c.IsArmedPartyNoun(w + "s");
    }

    /// <summary>"to fire the shot", "to fire the fatal shots": the object of the attack verb is a weapon word after "the".</summary>
    private bool FiresKnownShots(Sentence s, MentionDraft d)
    {
        int k = d.Last + 1;
        if (k >= s.EndToken || _x.Lower(k) != "the") return false;
        k++;
        while (k < s.EndToken && _x.Pos(k) == UniversalPos.ADJ) k++;
        return k < s.EndToken && _c.WeaponWords.Contains(_x.Lower(k));
    }
}
