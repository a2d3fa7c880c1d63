using EventExtract.Text;
using EventExtract.Places;

namespace EventExtract.Events.Arguments;

/// <summary>How a casualty word relates to its count.</summary>
internal enum CountSide : byte { Left, Right, Both }

/// <summary>Which casualty figure a word reports.</summary>
internal enum CasualtyKind : byte { Killed, Injured }

/// <summary>Where a status cue sits relative to the trigger (Speech: before a Statement trigger only).</summary>
internal enum CueSide : byte { Before, After, Clause, Speech, Meeting }

/// <summary>A status cue: a token sequence and the status it gives.</summary>
internal sealed record StatusCue(EventStatus Status, CueSide Side, string[] Words);

/// <summary>A preposition phrase that introduces an argument role.</summary>
internal sealed record RolePreposition(EventType Type, ArgumentRole Role, string[] Words, bool Near);

/// <summary>Argument roles filled from prepositional phrases.</summary>
internal enum ArgumentRole : byte { Participant, Speaker, Addressee, Attacker, Target }

/// <summary>A casualty word and how to read its count.</summary>
internal readonly record struct CasualtyWord(CasualtyKind Kind, CountSide Side);

/// <summary>
/// All cue lexicons used by the argument rules, loaded once from Resources/Events/*.txt.
/// Immutable after construction, so one instance is shared by every finder.
/// </summary>
internal sealed class CueLexicon
{
    private static readonly Lazy<CueLexicon> s_default = new(() => new CueLexicon(), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The lexicon built from the embedded files.</summary>
    public static CueLexicon Default => s_default.Value;

    private CueLexicon()
    {
        var statusCues = new List<StatusCue>();
        foreach (var r in CueResource.ReadRows("status-cues.txt"))
        {
            var status = EnumText.Parse<EventStatus>(r[0], ignoreCase: true);
            var side = EnumText.Parse<CueSide>(r[1], ignoreCase: true);
            var cue = new StatusCue(status, side, Words(r[2]));
            if (cue.Words.Length == 0) throw new FormatException("status-cues.txt: a cue without words.");
            statusCues.Add(cue);
        }
        StatusCuesBefore = ByFirstWord(statusCues, CueSide.Before);
        StatusCuesAfter = ByFirstWord(statusCues, CueSide.After);
        StatusCuesBeforeSpeech = ByFirstWord(statusCues, CueSide.Speech);
        StatusCuesBeforeMeeting = ByFirstWord(statusCues, CueSide.Meeting);
        ClauseStatusCues = statusCues.Where(c => c.Side == CueSide.Clause).ToArray();
        foreach (var r in CueResource.ReadRows("casualty-words.txt"))
            CasualtyWords[r[0]] = new CasualtyWord(EnumText.Parse<CasualtyKind>(r[1], true), EnumText.Parse<CountSide>(r[2], true));
        foreach (var r in CueResource.ReadRows("number-words.txt"))
            NumberWords[r[0]] = long.Parse(r[1], System.Globalization.CultureInfo.InvariantCulture);
        CountQualifiers = Set("count-qualifiers.txt");
        CountOpeners = Set("count-openers.txt");
        VictimCues = Phrases("victim-cues.txt");
        foreach (var r in CueResource.ReadRows("attack-type-cues.txt"))
            AttackTypeCues.Add((Words(r[0]), EnumText.Parse<AttackType>(r[1], true)));
        AttackExclusions = Phrases("attack-exclusions.txt");
        GenericQuestionOpeners = Phrases("generic-question-openers.txt");
        AttackImpactVerbs = Phrases("attack-impact-verbs.txt");
        AttackBackgroundNouns = Set("attack-background-nouns.txt");
        ExchangeWords = Set("attack-exchange-words.txt");
        MutualCombatWords = Set("mutual-combat-words.txt");
        CombatOutbreakVerbs = Set("combat-outbreak-verbs.txt");
        FightSparkingParticiples = Set("fight-sparking-participles.txt");
        AbductionWords = Set("abduction-words.txt");
        LaborStrikeNouns = Set("labor-strike-nouns.txt");
        LocalAuthorityNouns = Set("local-authority-nouns.txt");
        AttackEventHeads = Set("attack-event-heads.txt");
        AttackAftermathNouns = Set("attack-aftermath-nouns.txt");
        VictimPossessiveNouns = Set("victim-possessive-nouns.txt");
        FigurativeOfHeads = Set("figurative-of-heads.txt");
        foreach (var r in CueResource.ReadRows("market-figures.tsv"))
            (r[0] == "trigger" ? MarketFigureTriggers : MarketWords).Add(r[1]);
        VerbalAttackObjects = Set("verbal-attack-objects.txt");
        OccurrenceVerbs = Set("occurrence-verbs.txt");
        foreach (var r in CueResource.ReadRows("police-raids.txt"))
            (r[0] == "raid" ? PoliceRaidWords : LawEnforcementHeads).Add(r[1].ToLowerInvariant());
        foreach (var r in CueResource.ReadRows("single-victim-words.txt"))
            SingleVictimWords[r[0]] = EnumText.Parse<CasualtyKind>(r[1], true);
        GenericDeterminers = Set("generic-determiners.txt");
        ResponsibilityNouns = Set("responsibility-nouns.txt");
        SameFormPastVerbs = Set("same-form-past-verbs.txt");
        GenericAttackPrepositions = Set("generic-attack-prepositions.txt");
        foreach (var r in CueResource.ReadRows("references.txt"))
        {
            switch (r[0])
            {
                case "country": CountryNouns.Add(r[1]); break;
                case "party": PartyNouns.Add(r[1]); break;
                case "side": PartyNouns.Add(r[1]); SideNouns.Add(r[1]); break;
                case "latter": LatterWords.Add(r[1]); break;
                case "former": FormerWords.Add(r[1]); break;
            }
        }
        foreach (var r in CueResource.ReadRows("role-references.tsv")) RoleReferenceStems[r[0]] = r[1..];
        AccidentNouns = Set("accident-nouns.txt");
        GroupNouns = Set("group-nouns.txt");
        PossessedRoleNouns = Set("possessed-role-nouns.txt");
        GenericMeetingNouns = Set("generic-meeting-nouns.txt");
        MeetingJoiningVerbs = Set("meeting-joining-verbs.txt");
        MeetingAttendingVerbs = Phrases("meeting-attending-verbs.txt");
        MeetingLeavingWords = Set("meeting-leaving-words.txt");
        MeetingSequelVerbs = Set("meeting-sequel-verbs.txt");
        Prepositions = Set("prepositions.txt");
        ClauseBoundaries = Set("clause-boundaries.txt");
        foreach (var r in CueResource.ReadRows("role-prepositions.txt"))
        {
            bool near = r[2].StartsWith("near:", StringComparison.Ordinal);
            RolePrepositions.Add(new RolePreposition(EnumText.Parse<EventType>(r[0], true), EnumText.Parse<ArgumentRole>(r[1], true),
                Words(near ? r[2]["near:".Length..] : r[2]), near));
        }
        // Longest phrases first so "with the participation of" wins over "with".
        RolePrepositions.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
        LocationPrepositions = Phrases("location-prepositions.txt");
        LocationPrepositions.Sort((a, b) => b.Length.CompareTo(a.Length));
        AttackLocationPrepositions = Phrases("attack-location-prepositions.txt");
        AttackSceneConjunctions = Set("attack-scene-conjunctions.txt");
        StatementLocationPrepositions = Phrases("statement-location-prepositions.txt");
        PlaceBackReferences = Phrases("place-back-references.txt");
        InhabitantNouns = Set("inhabitant-nouns.txt");
        PeriodOpeners = Phrases("period-openers.txt");
        SeparateOccurrenceOpeners = Phrases("separate-occurrence-openers.txt");
        MovementWords = Set("movement-words.txt");
        VagueOffsetUnits = Set("vague-offset-units.txt");
        HostWords = Set("host-words.txt");
        MeetingNouns = Set("meeting-nouns.txt");
        MeetingTopicVerbs = Set("meeting-topic-verbs.txt");
        InvitationVerbs = Set("invitation-verbs.txt");
        SportsFixtureCues = Phrases("sports-fixture-cues.txt");
        MeetingInvolvementVerbs = Phrases("meeting-involvement-verbs.txt");
        RemoteMeetingWords = Set("remote-meeting-words.txt");
        DatelinePlaceAdverbs = Set("dateline-place-adverbs.txt");
        foreach (var r in CueResource.ReadRows("content-markers.txt"))
        {
            switch (r[0])
            {
                case "complement": ComplementMarkers.Add(r[1]); break;
                case "addressee-to": AddresseeToVerbs.Add(Words(r[1])); break;
                case "according": AccordingTo.Add(Words(r[1])); break;
                case "of-content": OfContentVerbs.Add(r[1]); break;
                case "for-content": ForContentVerbs.Add(r[1]); break;
                case "addressee-from": AddresseeFromVerbs.Add(r[1]); break;
                case "addressee-named": AddresseeNamedVerbs.Add(r[1]); break;
                case "addressee-that": AddresseeThatVerbs.Add(r[1]); break;
            }
        }
        JointStatementCues = Set("joint-statement-cues.txt");
        ContinuingParticiples = Set("continuing-participles.txt");
        PeriodBounds = Set("period-bounds.txt");
        DateFramePrepositions = Set("date-frame-prepositions.txt");
        DoubtWords = Set("doubt-words.txt");
        TalkWords = Set("talk-words.txt");
        MediaOutletWords = Set("media-outlet-words.txt");
        KnownAttackerNouns = Set("known-attacker-nouns.txt");
        AttackerModifiers = Set("attacker-modifiers.txt");
        ClauseSubordinators = Set("clause-subordinators.txt");
        foreach (var r in CueResource.ReadRows("accident-site-nouns.txt"))
            switch (r[0])
            {
                case "blast": BlastNouns.Add(r[1]); break;
                case "site": AccidentSiteNouns.Add(r[1]); break;
                case "attack": AttackSayingWords.Add(r[1]); break;
            }
        PhysicalAttackVerbs = Set("physical-attack-verbs.txt");
        AllegiancePhrases = Phrases("allegiance-phrases.txt");
        GroupBranchPrepositions = Set("group-branch-prepositions.txt");
        PresumptionWords = Set("presumption-words.txt");
        UndergoingVerbs = Set("undergoing-verbs.txt");
        SuspicionModifiers = Set("suspicion-modifiers.txt");
        MeetingOccasionFrames = Phrases("meeting-occasion-frames.txt");
        MeetingVenueFrames = Phrases("meeting-venue-frames.txt");
        FramingPhrases = Phrases("framing-phrases.txt");
        SameDayOpeners = Phrases("same-day-openers.txt");
        SequelAdverbs = Set("sequel-adverbs.txt");
        VagueConjuncts = Set("vague-conjuncts.txt");
        QuantifierSubjects = Set("quantifier-subjects.txt");
        LectureVerbs = Set("lecture-verbs.txt");
        MeetingVerbs = Set("meeting-verbs.txt");
        ArmedForceNouns = Set("armed-force-nouns.txt");
        ArmedGroupNouns = Set("armed-group-nouns.txt");
        SponsorParticiples = Set("sponsor-participles.txt");
        AttackBlameVerbs = Set("attack-blame-verbs.txt");
        foreach (var r in CueResource.ReadRows("sports-play-words.txt"))
            (r[0] == "cue" ? SportsReportCues : SportsPlayWords).Add(r[1].ToLowerInvariant());
        ResponsibilityClaims = Phrases("responsibility-claims.txt");
        foreach (var r in CueResource.ReadRows("death-toll-updates.txt"))
            (r[0] == "noun" ? TollNouns : TollVerbs).Add(r[1].ToLowerInvariant());
        AttackDrillWords = Set("attack-drill-words.txt");
        OpenWaterNouns = Set("open-water-nouns.txt");
        CameraShotObjects = Set("camera-shot-objects.txt");
        SpeakingParticiples = Set("speaking-participles.txt");
        FactPassives = Set("fact-passives.txt");
        AddressNouns = Set("address-nouns.txt");
        QuotingVerbs = Set("quoting-verbs.txt");
        FirstPersonSpeakers = Set("first-person-speakers.txt");
        foreach (var r in CueResource.ReadRows("self-killing.tsv"))
        {
            var pronouns = new HashSet<string>(r[1].Split('|'), StringComparer.Ordinal);
            foreach (var verb in r[0].Split('|')) SelfKilling[verb] = pronouns;
        }
        foreach (var r in CueResource.ReadRows("warning-fire.tsv"))
        {
            var phrases = r[1].Split('|').Select(Words).ToList();
            foreach (var verb in r[0].Split('|')) WarningFire[verb] = phrases;
        }
        foreach (var r in CueResource.ReadRows("knowing-complements.tsv"))
        {
            var next = new HashSet<string>(r[1].Split('|'), StringComparer.Ordinal);
            foreach (var verb in r[0].Split('|')) KnowingComplements[verb] = next;
        }
        foreach (var r in CueResource.ReadRows("non-speech-objects.tsv"))
        {
            var heads = new HashSet<string>(r[1].Split('|'), StringComparer.Ordinal);
            foreach (var verb in r[0].Split('|')) NonSpeechObjects[verb] = heads;
        }
        foreach (var r in CueResource.ReadRows("non-speaker-subjects.tsv"))
        {
            var heads = new HashSet<string>(r[1].Split('|'), StringComparer.Ordinal);
            foreach (var verb in r[0].Split('|')) NonSpeakerSubjects[verb] = heads;
        }
        foreach (var r in CueResource.ReadRows("attack-target-words.txt"))
        {
            switch (r[0])
            {
                case "target-prep": TargetPrepositions.Add(r[1]); break;
                case "place-prep": PlaceTargetPrepositions.Add(r[1]); break;
                case "weapon": WeaponWords.Add(r[1]); break;
                case "handling": WeaponHandlingVerbs.Add(r[1]); break;
                case "scene-object": SceneObjectVerbs.Add(r[1]); break;
                case "agent-before": AttackerCuesBefore.Add(Words(r[1])); break;
                case "agent-after": AttackerCuesAfter.Add(Words(r[1])); break;
                case "undergo": TargetSubjectCues.Add(Words(r[1])); break;
                case "blame": BlameVerbs.Add(r[1]); break;
            }
        }
        foreach (var r in CueResource.ReadRows("party-heads.txt"))
            PartyHeads[r[0].ToLowerInvariant()] = EnumText.Parse<Places.ActorKind>(r[1], ignoreCase: true);
        PerpetrationVerbs = Set("perpetration-verbs.txt");
        AttackPlanVerbs = Set("attack-plan-verbs.txt");
        CollectivePeopleHeads = Set("collective-people-heads.txt");
        DistanceUnits = Set("distance-units.txt");
        foreach (var r in CueResource.ReadRows("attacker-person-nouns.txt"))
            AttackerPersonNouns[r[0].ToLowerInvariant()] = EnumText.Parse<Places.ActorKind>(r[1], ignoreCase: true);
        NounTaggedAttackVerbs = Set("noun-tagged-attack-verbs.txt");
        VictimOfNouns = Set("victim-of-nouns.txt");
        CompassAdjectives = Set("compass-adjectives.txt");
        ReportingVerbs = Set("reporting-verbs.txt");
        IssuingVerbs = Set("issuing-verbs.txt");
        VerbOnlyStatementWords = Set("verb-only-statement-words.txt");
        PersonNounEndings = [.. Set("person-noun-endings.txt")];
        foreach (var r in CueResource.ReadRows("gender-words.txt"))
            GenderWords[r[0].ToLowerInvariant()] = r[1] == "female" ? PersonGender.Female : PersonGender.Male;
        ThreatVerbs = Set("threat-verbs.txt");
        ImplicativeVerbs = Set("implicative-verbs.txt");
        PlanToMeetWords = Set("plan-to-meet-words.txt");
        ChargeWords = Set("charge-words.txt");
        foreach (var r in CueResource.ReadRows("accused-party-frames.txt"))
            (r[0] == "prep" ? AccusationPrepositions : AccusationWords).Add(r[1].ToLowerInvariant());
        AttackDenialFrames = Phrases("attack-denial-frames.txt");
        PressEventNouns = Set("press-event-nouns.txt");
        NonAddresseeHeads = Set("non-addressee-heads.txt");
        OwnToPhraseWords = Set("own-to-phrase-words.txt");
        JudgingStatementNouns = Set("judging-statement-nouns.txt");
        CountAsideOpeners = Set("count-aside-openers.txt");
        MeetingPeopleNouns = Set("meeting-people-nouns.txt");
        NounOnlyPeople = Set("noun-only-people.txt");
        KinNouns = Set("kin-nouns.txt");
        PartitiveQuantifiers = Set("partitive-quantifiers.txt");
        SourcePeopleNouns = Set("source-people-nouns.txt");
        MessageNouns = Set("message-nouns.txt");
        AspectualVerbs = Set("aspectual-verbs.txt");
        PlaceNouns = Set("place-nouns.txt");
        PlacePartNouns = Set("place-part-nouns.txt");
        AdminAreaNouns = Set("admin-area-nouns.txt");
        IrregularPastForms = Set("irregular-past-forms.txt");
        OccasionWords = Set("occasion-words.txt");
        AnaphoricDeterminers = Set("anaphoric-determiners.txt");
        DistinctModifiers = Set("distinct-event-modifiers.txt");
        SummingUpModifiers = Set("summing-up-modifiers.txt");
        foreach (var r in CueResource.ReadRows("untagged-verbs.txt"))
            (r[0] == "verb" ? UntaggedVerbs : UntaggedNouns).Add(r[1]);
        for (char c = '!'; c <= '~'; c++)
        {
            string one = char.ToLowerInvariant(c).ToString();
            SharedLowercase.TryAdd(one, one);
        }
        foreach (var r in CueResource.ReadRows("shared-lowercase.txt")) SharedLowercase.TryAdd(r[0], r[0]);
        ScanWords.UnionWith(CountryNouns);
        ScanWords.UnionWith(PartyNouns);
        ScanWords.UnionWith(LatterWords);
        ScanWords.UnionWith(FormerWords);
        ScanWords.UnionWith(PartyHeads.Keys);
        foreach (string w in ScanWords) ScanWordFilter[FoldedHash(w, out _) & ScanFilterMask] = true;
    }

    /// <summary>The cues of one side grouped by their first word, each group in file order.</summary>
    private static Dictionary<string, StatusCue[]> ByFirstWord(List<StatusCue> cues, CueSide side) =>
        cues.Where(c => c.Side == side).GroupBy(c => c.Words[0], StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);

    private const int ScanFilterMask = (1 << 13) - 1;

    /// <summary>
    /// True at <see cref="FoldedHash"/> (masked) of every scan word: a token whose lowercase form hashes to a false slot
    /// is surely no scan word (a few hundred words in 8,192 slots, so nearly every other token is rejected there).
    /// </summary>
    private bool[] ScanWordFilter { get; } = new bool[ScanFilterMask + 1];

    /// <summary>
    /// FNV-1a over the characters of <paramref name="word"/> lowercased one by one (invariant), without building the
    /// lowercase form; <paramref name="hasSurrogate"/> tells that a pair, lowercased as one code point, may differ.
    /// </summary>
    private static uint FoldedHash(ReadOnlySpan<char> word, out bool hasSurrogate)
    {
        uint h = 2166136261;
        hasSurrogate = false;
        foreach (char c in word)
        {
            hasSurrogate |= char.IsSurrogate(c);
            char lower = c < 128 ? (char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c) : char.ToLowerInvariant(c);
            h = (h ^ lower) * 16777619;
        }
        return h;
    }

    /// <summary>
    /// False when <paramref name="word"/> lowercased (invariant) is surely not in <see cref="ScanWords"/>; true when
    /// it may be. Hashes the lowercase form on the fly, without building it.
    /// </summary>
    public bool MayBeScanWord(ReadOnlySpan<char> word)
    {
        uint h = FoldedHash(word, out bool hasSurrogate);
        return hasSurrogate || ScanWordFilter[h & ScanFilterMask]; // a surrogate pair: leave it to the exact test
    }

    /// <summary>Every word the document-wide reference and party scans look for, so other tokens skip lowercasing.</summary>
    public HashSet<string> ScanWords { get; } = new(StringComparer.Ordinal);

    /// <summary>The <see cref="CueSide.Before"/> status cues by first word (a token position looks up only the cues it can start).</summary>
    public Dictionary<string, StatusCue[]> StatusCuesBefore { get; }

    /// <summary>The <see cref="CueSide.Speech"/> status cues by first word: before a Statement trigger only ("would not comment").</summary>
    public Dictionary<string, StatusCue[]> StatusCuesBeforeSpeech { get; }

    /// <summary>The <see cref="CueSide.Meeting"/> status cues by first word: before a Meeting trigger only ("will not meet" refuses to meet).</summary>
    public Dictionary<string, StatusCue[]> StatusCuesBeforeMeeting { get; }

    /// <summary>The <see cref="CueSide.After"/> status cues by first word.</summary>
    public Dictionary<string, StatusCue[]> StatusCuesAfter { get; }

    /// <summary>The <see cref="CueSide.Clause"/> status cues.</summary>
    public StatusCue[] ClauseStatusCues { get; }
    public Dictionary<string, CasualtyWord> CasualtyWords { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, long> NumberWords { get; } = new(StringComparer.Ordinal);
    public HashSet<string> CountQualifiers { get; }
    public List<string[]> VictimCues { get; }
    public List<(string[] Words, AttackType Type)> AttackTypeCues { get; } = new();
    public List<string[]> AttackExclusions { get; }

    /// <summary>Openings of a yes/no question about what anyone would do ("Do you raid ...?"): no attack reported.</summary>
    public List<string[]> GenericQuestionOpeners { get; }

    /// <summary>Verbs whose object is what an attack noun subject hit (attack-impact-verbs.txt).</summary>
    public List<string[]> AttackImpactVerbs { get; }
    public HashSet<string> AttackBackgroundNouns { get; }

    /// <summary>Determiners that make an attack noun a kind of attack rather than one attack ("such attacks").</summary>
    public HashSet<string> GenericDeterminers { get; }

    /// <summary>Words before "for" whose object is an attack that happened ("claimed responsibility for the bombing").</summary>
    public HashSet<string> ResponsibilityNouns { get; }

    /// <summary>Verbs whose simple past is written like the present ("hit", "cut").</summary>
    public HashSet<string> SameFormPastVerbs { get; }

    /// <summary>Prepositions before a bare singular attack noun that make it a kind of attack ("victim of foreign invasion").</summary>
    public HashSet<string> GenericAttackPrepositions { get; }

    /// <summary>Nouns after an attack noun that still stand for the attack ("the bombing victims", "a killing spree").</summary>
    public HashSet<string> AttackEventHeads { get; }

    /// <summary>Nouns after an attack word that only exist once the attack happened ("bombing victims", "the attack site").</summary>
    public HashSet<string> AttackAftermathNouns { get; }

    /// <summary>Attack nouns whose person possessor is the victim ("Slepian's shooting").</summary>
    public HashSet<string> VictimPossessiveNouns { get; }

    /// <summary>Attack nouns that are figures of speech before an "of" phrase naming no weapon ("a blast of cold air").</summary>
    public HashSet<string> FigurativeOfHeads { get; }

    /// <summary>Attack nouns that business news uses as figures ("a clash between Ford and GM").</summary>
    public HashSet<string> MarketFigureTriggers { get; } = new(StringComparer.Ordinal);

    /// <summary>Market words that mark a business sentence ("shares", "investors").</summary>
    public HashSet<string> MarketWords { get; } = new(StringComparer.Ordinal);

    /// <summary>Object heads that make an attack verb verbal ("attacked the proposal").</summary>
    public HashSet<string> VerbalAttackObjects { get; }

    /// <summary>Further prepositions of an attack's place ("over Scotland", "off the coast").</summary>
    public List<string[]> AttackLocationPrepositions { get; }

    /// <summary>Conjunctions of a clause telling what the victim was doing when attacked ("shot as he stood in …").</summary>
    public HashSet<string> AttackSceneConjunctions { get; }

    /// <summary>Phrases before a time expression that make it a period's start or end ("dating back to 1994").</summary>
    public List<string[]> PeriodOpeners { get; }

    /// <summary>Sentence openers that set what follows apart from the events reported before ("In a separate incident, …").</summary>
    public List<string[]> SeparateOccurrenceOpeners { get; }

    /// <summary>Prepositions that introduce where a statement was made, besides <see cref="LocationPrepositions"/> ("responded from Baghdad").</summary>
    public List<string[]> StatementLocationPrepositions { get; }

    /// <summary>Words that refer back to a place named before ("there", "the city"): a fronted place they point to is the scene of what was said.</summary>
    public List<string[]> PlaceBackReferences { get; }

    /// <summary>Nouns for the people of a place ("residents", "villagers"): after a fronted place they say whose people speak.</summary>
    public HashSet<string> InhabitantNouns { get; }

    /// <summary>Verbs that say an event takes place ("happen", "occur", "take place"), for status cues after a known attack.</summary>
    public HashSet<string> OccurrenceVerbs { get; }

    /// <summary>Raid trigger words of police-raids.txt.</summary>
    public HashSet<string> PoliceRaidWords { get; } = new(StringComparer.Ordinal);

    /// <summary>Last words of law-enforcement attackers of police-raids.txt (lower case).</summary>
    public HashSet<string> LawEnforcementHeads { get; } = new(StringComparer.Ordinal);

    /// <summary>Words that count one killed or injured when their victim is one person (single-victim-words.txt).</summary>
    public Dictionary<string, CasualtyKind> SingleVictimWords { get; } = new(StringComparer.Ordinal);

    /// <summary>Words of a mention that covers both sides of an exchange of fire ("exchanged fire").</summary>
    public HashSet<string> ExchangeWords { get; }

    /// <summary>Attack words for fighting in which both sides fire ("clashed with", "fighting between").</summary>
    public HashSet<string> MutualCombatWords { get; }

    /// <summary>Verbs of fighting breaking out or going on, between a fight noun and its sides ("broke out between").</summary>
    public HashSet<string> CombatOutbreakVerbs { get; }

    /// <summary>Participles by which an attack sets off fighting (", sparking a gun battle"; fight-sparking-participles.txt).</summary>
    public HashSet<string> FightSparkingParticiples { get; }

    /// <summary>Words of a kidnapping, an attack apart from a killing in the same sentence (abduction-words.txt).</summary>
    public HashSet<string> AbductionWords { get; }

    /// <summary>Nouns of people at work: "striking" right before one is a labour strike ("striking miners").</summary>
    public HashSet<string> LaborStrikeNouns { get; }

    /// <summary>Local services whose place names the scene of what they report ("Police in Malmö said").</summary>
    public HashSet<string> LocalAuthorityNouns { get; }
    public HashSet<string> CountryNouns { get; } = new(StringComparer.Ordinal);
    public HashSet<string> PartyNouns { get; } = new(StringComparer.Ordinal);

    /// <summary>Party nouns for the sides of a dispute ("the two sides"), kept in their own words when nothing resolves them; references.txt.</summary>
    public HashSet<string> SideNouns { get; } = new(StringComparer.Ordinal);
    public HashSet<string> LatterWords { get; } = new(StringComparer.Ordinal);

    /// <summary>Party references named after a role ("mediators"), each with the starts of the role's verb forms ("mediat", "broker"); role-references.tsv.</summary>
    public Dictionary<string, string[]> RoleReferenceStems { get; } = new(StringComparer.Ordinal);
    public HashSet<string> FormerWords { get; } = new(StringComparer.Ordinal);
    public HashSet<string> AccidentNouns { get; }
    public HashSet<string> GroupNouns { get; }
    /// <summary>Role nouns that after "his"/"her" and before a name title that person ("his Cambodian counterpart Sok Pheap").</summary>
    public HashSet<string> PossessedRoleNouns { get; }
    /// <summary>Meeting nouns that after "the" refer back to the meeting just reported, whatever word reported it ("the talks").</summary>
    public HashSet<string> GenericMeetingNouns { get; }
    /// <summary>Verbs by which a party joins a meeting already reported ("joined them by video link").</summary>
    public HashSet<string> MeetingJoiningVerbs { get; }
    /// <summary>Verbs, as token sequences, by which a party was at a meeting reported before ("attended."); meeting-attending-verbs.txt.</summary>
    public List<string[]> MeetingAttendingVerbs { get; }
    /// <summary>Words before "from" by which a party leaves a meeting ("withdrew from the talks"); meeting-leaving-words.txt.</summary>
    public HashSet<string> MeetingLeavingWords { get; }
    /// <summary>Verbs of what follows a meeting under way ("are expected to continue"): a planning cue before one plans no meeting.</summary>
    public HashSet<string> MeetingSequelVerbs { get; }

    /// <summary>Verbs naming the party held responsible for an attack reported just before (attack-blame-verbs.txt).</summary>
    public HashSet<string> AttackBlameVerbs { get; }

    /// <summary>Words of sports reporting ("midfielder", "scored"; sports-play-words.txt).</summary>
    public HashSet<string> SportsReportCues { get; } = new(StringComparer.Ordinal);

    /// <summary>Attack words that match reports use for play ("attacked", "struck", "clash"; sports-play-words.txt).</summary>
    public HashSet<string> SportsPlayWords { get; } = new(StringComparer.Ordinal);

    /// <summary>Phrases by which the party before them owns the attack reported just before ("claimed responsibility").</summary>
    public List<string[]> ResponsibilityClaims { get; }

    /// <summary>Nouns of a death toll that a later sentence updates ("the death toll climbed to 13"; death-toll-updates.txt).</summary>
    public HashSet<string> TollNouns { get; } = new(StringComparer.Ordinal);

    /// <summary>Verbs that move or state a death toll ("rose", "stood", "raising"; death-toll-updates.txt).</summary>
    public HashSet<string> TollVerbs { get; } = new(StringComparer.Ordinal);

    /// <summary>Words of military drills that make a harmless attack word practice (attack-drill-words.txt).</summary>
    public HashSet<string> AttackDrillWords { get; }

    /// <summary>Open water a munition may be fired into, hitting nothing (open-water-nouns.txt).</summary>
    public HashSet<string> OpenWaterNouns { get; }

    /// <summary>Objects that make "shot" a camera's work, not gunfire (camera-shot-objects.txt).</summary>
    public HashSet<string> CameraShotObjects { get; }
    public HashSet<string> Prepositions { get; }
    public HashSet<string> ClauseBoundaries { get; }
    public List<RolePreposition> RolePrepositions { get; } = new();
    public List<string[]> LocationPrepositions { get; }
    public HashSet<string> MovementWords { get; }

    /// <summary>Plural time units counting vaguely before "after"/"before" ("days after", "weeks before") (vague-offset-units.txt).</summary>
    public HashSet<string> VagueOffsetUnits { get; }
    public HashSet<string> HostWords { get; }
    /// <summary>Meeting trigger words that are nouns whatever the tagger says ("the Madrid summit").</summary>
    public HashSet<string> MeetingNouns { get; }
    /// <summary>"invited Y to visit": the inviter hosts the meeting its object is invited to.</summary>
    public HashSet<string> InvitationVerbs { get; }

    /// <summary>Verbs whose meeting subject has its parties as object ("The talks involved X and Y"); meeting-involvement-verbs.txt.</summary>
    public List<string[]> MeetingInvolvementVerbs { get; }
    /// <summary>Day and month names ("The March accession"): a lone one the name recognizer took for a name is no party.</summary>
    public IReadOnlySet<string> CalendarWords => EventExtract.Places.PlacesResources.CalendarWords;
    /// <summary>Phrases that make a lone "meet" verb in their sentence a sports fixture ("the cup final", "winning").</summary>
    public List<string[]> SportsFixtureCues { get; }
    /// <summary>Trigger words of a remote meeting (phone, video call), which has no one place.</summary>
    public HashSet<string> RemoteMeetingWords { get; }
    /// <summary>Adverbs naming the dateline city ("here"); dateline-place-adverbs.txt.</summary>
    public HashSet<string> DatelinePlaceAdverbs { get; }

    /// <summary>Verbs of a meeting's purpose infinitive ("to discuss"), whose object is the topic (meeting-topic-verbs.txt).</summary>
    public HashSet<string> MeetingTopicVerbs { get; }
    public HashSet<string> ComplementMarkers { get; } = new(StringComparer.Ordinal);
    public HashSet<string> OfContentVerbs { get; } = new(StringComparer.Ordinal);

    /// <summary>Verb forms whose "for" phrase is what was asked for ("appealed for a ceasefire", content-markers.txt for-content).</summary>
    public HashSet<string> ForContentVerbs { get; } = new(StringComparer.Ordinal);
    public HashSet<string> AddresseeFromVerbs { get; } = new(StringComparer.Ordinal);
    public HashSet<string> AddresseeNamedVerbs { get; } = new(StringComparer.Ordinal);
    public HashSet<string> AddresseeThatVerbs { get; } = new(StringComparer.Ordinal);
    public List<string[]> AddresseeToVerbs { get; } = new();
    public List<string[]> AccordingTo { get; } = new();
    public HashSet<string> JointStatementCues { get; }

    /// <summary>Words that make the time expression after them a period's start or end ("since 1993", "until Tuesday").</summary>
    /// <summary>Words for talk that, followed by "about" or "of", are discussion of a subject ("talking about").</summary>
    public HashSet<string> TalkWords { get; }

    /// <summary>Words for the press and news outlets: a call "with" one is an interview (media-outlet-words.txt).</summary>
    public HashSet<string> MediaOutletWords { get; }

    /// <summary>Nouns naming people by the attack they did ("the gunmen"): such attackers refer back (known-attacker-nouns.txt).</summary>
    public HashSet<string> KnownAttackerNouns { get; }

    /// <summary>Armed-party nouns that, right before an attack noun, name its attacker: "a rebel attack" (attacker-modifiers.txt).</summary>
    public HashSet<string> AttackerModifiers { get; }

    /// <summary>Words that open a subordinate clause ("after Belgrade objected"): a status cue before one is not the clause's (clause-subordinators.txt).</summary>
    public HashSet<string> ClauseSubordinators { get; }

    /// <summary>Work sites where an explosion is most often an accident ("at a fireworks factory", accident-site-nouns.txt site).</summary>
    public HashSet<string> AccidentSiteNouns { get; } = new(StringComparer.Ordinal);

    /// <summary>Nouns of an explosion or fire that may be an accident at a work site (accident-site-nouns.txt blast).</summary>
    public HashSet<string> BlastNouns { get; } = new(StringComparer.Ordinal);

    /// <summary>Words that say someone attacked, so a blast at a work site was none of an accident (accident-site-nouns.txt attack).</summary>
    public HashSet<string> AttackSayingWords { get; } = new(StringComparer.Ordinal);

    /// <summary>Attack verbs with no verbal sense ("shelled", "bombed"): their object is struck (physical-attack-verbs.txt).</summary>
    public HashSet<string> PhysicalAttackVerbs { get; }

    /// <summary>Phrases tying a party noun to the named group it fights for ("loyal to", allegiance-phrases.txt).</summary>
    public List<string[]> AllegiancePhrases { get; }

    /// <summary>Prepositions tying a named group to its branch's country or region ("al-Qaeda in Iraq", group-branch-prepositions.txt).</summary>
    public HashSet<string> GroupBranchPrepositions { get; }

    /// <summary>Words of belief a coordinated passive participle may follow ("kidnapped and presumed killed", presumption-words.txt).</summary>
    public HashSet<string> PresumptionWords { get; }

    /// <summary>Verbs whose subject undergoes what follows "under" ("came under fire"; undergoing-verbs.txt).</summary>
    public HashSet<string> UndergoingVerbs { get; }

    /// <summary>Words that may stand before a count inside a noun phrase: "the first two", "an estimated 30" (count-openers.txt).</summary>
    public HashSet<string> CountOpeners { get; }

    /// <summary>Words of suspicion before a party noun, often tagged as verbs: "by suspected rebels" (suspicion-modifiers.txt).</summary>
    public HashSet<string> SuspicionModifiers { get; }

    /// <summary>Phrases that make the meeting noun after them the occasion of the clause ("at the end of", meeting-occasion-frames.txt).</summary>
    public List<string[]> MeetingOccasionFrames { get; }

    /// <summary>Prepositions ("at") that make a meeting noun the venue of what the clause's subject did (meeting-venue-frames.txt).</summary>
    public List<string[]> MeetingVenueFrames { get; }

    /// <summary>Phrases after a meeting noun that set the article's main meeting in its context ("comes amid", framing-phrases.txt).</summary>
    public List<string[]> FramingPhrases { get; }

    /// <summary>Sentence openers that put the sentence's events on the day of the event before ("Hours later", same-day-openers.txt).</summary>
    public List<string[]> SameDayOpeners { get; }

    /// <summary>Adverbs before an attack verb that make it the next step of the attack just told ("Gunmen then stormed", sequel-adverbs.txt).</summary>
    public HashSet<string> SequelAdverbs { get; }

    /// <summary>Words closing a list that stand for unnamed further people, not another side ("and others", vague-conjuncts.txt).</summary>
    public HashSet<string> VagueConjuncts { get; }

    /// <summary>Quantifiers standing alone as a reporting verb's subject for unnamed people ("Some predicted", quantifier-subjects.txt).</summary>
    public HashSet<string> QuantifierSubjects { get; }

    /// <summary>Verbs that give a talk to an audience ("gave a talk"): a lecture, not a meeting.</summary>
    public HashSet<string> LectureVerbs { get; }

    /// <summary>Meeting verbs that, in the sentence of a visit, name the counterpart it was for ("visited Paris, where he met").</summary>
    public HashSet<string> MeetingVerbs { get; }

    /// <summary>Heads of armed forces ("troops", "forces"): parties that "met" in battle, not at a table.</summary>
    public HashSet<string> ArmedForceNouns { get; }

    /// <summary>Heads of irregular armed groups ("militants", "rebels"), a side police fight rather than police (armed-group-nouns.txt).</summary>
    public HashSet<string> ArmedGroupNouns { get; }

    /// <summary>A head noun naming an armed party: an irregular group ("rebels"), people named by their attacks ("gunmen") or a force ("troops").</summary>
    public bool IsArmedPartyNoun(ReadOnlySpan<char> lower) =>
        WordSets.Contains(ArmedGroupNouns, lower) || WordSets.Contains(KnownAttackerNouns, lower) || WordSets.Contains(ArmedForceNouns, lower);

    /// <summary>Participles joining a sponsor to a party with a hyphen ("Saudi-led forces"; sponsor-participles.txt).</summary>
    public HashSet<string> SponsorParticiples { get; }

    /// <summary>Words of doubt, wish or offer that keep a dated meeting to come hypothetical ("could", "if", "offered").</summary>
    public HashSet<string> DoubtWords { get; }

    public HashSet<string> PeriodBounds { get; }

    /// <summary>Prepositions that make a noun with a date modifier the time frame of its clause ("in a 2017 interview").</summary>
    public HashSet<string> DateFramePrepositions { get; }

    /// <summary>Participles that continue the preceding reporting trigger's act ("..., saying").</summary>
    public HashSet<string> ContinuingParticiples { get; }

    /// <summary>Reporting verb forms and the object heads that give them a sense that says nothing ("claimed 217 lives").</summary>
    public Dictionary<string, HashSet<string>> NonSpeechObjects { get; } = new(StringComparer.Ordinal);

    /// <summary>Reporting verbs with the subject heads that make them causal, not speech (non-speaker-subjects.tsv).</summary>
    public Dictionary<string, HashSet<string>> NonSpeakerSubjects { get; } = new(StringComparer.Ordinal);

    /// <summary>Reporting verb forms and the words right after them that give them the sense of knowing ("couldn't tell whether").</summary>
    public Dictionary<string, HashSet<string>> KnowingComplements { get; } = new(StringComparer.Ordinal);

    /// <summary>Killing verbs and the reflexive objects that make them a suicide ("killed himself").</summary>
    public Dictionary<string, HashSet<string>> SelfKilling { get; } = new(StringComparer.Ordinal);

    /// <summary>Shooting words and the phrases after them that aim the shots at no one ("fired into the air").</summary>
    public Dictionary<string, List<string[]>> WarningFire { get; } = new(StringComparer.Ordinal);

    /// <summary>Subject pronouns of the writer or of the quoted speaker themselves ("I asked him"), lower case.</summary>
    public HashSet<string> FirstPersonSpeakers { get; }

    /// <summary>Verbs whose object speaks in an "as saying" phrase ("quoted X as saying").</summary>
    public HashSet<string> QuotingVerbs { get; }

    /// <summary>Message nouns whose "to"/"with" phrase names an addressee ("in a letter to X", "in an interview with X").</summary>
    public HashSet<string> AddressNouns { get; }

    /// <summary>Reporting verbs whose agentless passive is the article's voice ("no injuries were reported").</summary>
    public HashSet<string> FactPassives { get; }

    /// <summary>Participles opening a scene-setting aside of a reporting verb ("Speaking to reporters in Rome, X said").</summary>
    public HashSet<string> SpeakingParticiples { get; }

    /// <summary>Prepositions right after an attack noun that introduce its target ("attacks on", "bombing of").</summary>
    public HashSet<string> TargetPrepositions { get; } = new(StringComparer.Ordinal);

    /// <summary>Target prepositions after which a named place alone is what was hit (attack-target-words.txt, place-prep).</summary>
    public HashSet<string> PlaceTargetPrepositions { get; } = new(StringComparer.Ordinal);

    /// <summary>Weapon nouns: as the object of an attack verb they are no target.</summary>
    public HashSet<string> WeaponWords { get; } = new(StringComparer.Ordinal);

    /// <summary>Verb forms that report speech ("said", "told"): the subject of a clause after one is not found before it.</summary>
    public HashSet<string> ReportingVerbs { get; }

    /// <summary>Verb forms whose subject speaks the statement noun they govern ("issued a statement", "gave a speech").</summary>
    public HashSet<string> IssuingVerbs { get; }

    /// <summary>Statement trigger words that report speech only when tagged as a verb ("state", "say").</summary>
    public HashSet<string> VerbOnlyStatementWords { get; }

    /// <summary>Endings of nouns that name a person by what they do ("trader", "analyst"), lowercase.</summary>
    public string[] PersonNounEndings { get; }

    /// <summary>
    /// True when the lowercase noun names a person by what they do (person-noun-endings.txt, after a final plural "s":
    /// "traders", "analyst"); nouns in "ment" ("statement") are things.
    /// </summary>
    public bool HasPersonNounEnding(string lower)
    {
        if (lower.EndsWith('s') && lower.Length > 3) lower = lower[..^1];
        if (lower.EndsWith("ment", StringComparison.Ordinal)) return false;
        foreach (var ending in PersonNounEndings)
            if (lower.EndsWith(ending, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>Titles and nouns that tell a woman from a man ("Mrs.", "spokesman"), lowercase, without a final period.</summary>
    public Dictionary<string, PersonGender> GenderWords { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// First names that are only female or only male ("madeleine", "kenneth"), lowercase. Loaded on first use: only
    /// pronoun resolution reads the ~9,000 names, so an extractor's creation (and a text without pronouns) skips them.
    /// </summary>
    public Dictionary<string, PersonGender> FirstNameGenders => _firstNameGenders.Value;

    private readonly Lazy<Dictionary<string, PersonGender>> _firstNameGenders = new(LoadFirstNameGenders, LazyThreadSafetyMode.ExecutionAndPublication);

    private static Dictionary<string, PersonGender> LoadFirstNameGenders()
    {
        var rows = CueResource.ReadRows("first-name-genders.tsv");
        var genders = new Dictionary<string, PersonGender>(rows.Count, StringComparer.Ordinal);
        foreach (var r in rows)
        {
            // ("Mayor Giulia Ferri … she said": "Mayor" is a man's name in the lists, but before a name it is a title, and
            // titles that mark a gender are gender-words.txt's.)
            if ((Gazetteer.Default.Role(r[0]) & RoleClass.Title) != 0) continue;
            genders[r[0].ToLowerInvariant()] = r[1] == "female" ? PersonGender.Female : PersonGender.Male;
        }
        return genders;
    }

    /// <summary>Nouns naming a kind of place ("province", "city"): after a place name they keep it the place of the event.</summary>
    public HashSet<string> PlaceNouns { get; }

    /// <summary>Nouns naming a part of a place ("sections of X", "Norway's coast"): an attack on them is set in the place.</summary>
    public HashSet<string> PlacePartNouns { get; }

    /// <summary>Irregular simple-past verb forms ("said", "met", "struck"): with "-ed" forms, what tells a past-tense verb.</summary>
    public HashSet<string> IrregularPastForms { get; }

    /// <summary>Nouns of areas the city gazetteer lacks ("province", "state", "valley"): a capitalized name before one is a place.</summary>
    public HashSet<string> AdminAreaNouns { get; }

    /// <summary>Words that put a meeting at a gathering named after it ("on the sidelines of a summit"): it takes that place.</summary>
    public HashSet<string> OccasionWords { get; }

    /// <summary>Verb forms that make the infinitive after them a threat ("threatened to attack"): hypothetical.</summary>
    public HashSet<string> ThreatVerbs { get; }

    /// <summary>Words of planning before "to meet" ("are due to meet", "agreed to meet").</summary>
    public HashSet<string> PlanToMeetWords { get; }

    /// <summary>Words before "to" that make the infinitive after them something done ("managed to meet", "went on to say"), not planned.</summary>
    public HashSet<string> ImplicativeVerbs { get; }

    /// <summary>Verbs whose weapon object is handled, not used ("seized a car bomb"): no attack.</summary>
    public HashSet<string> WeaponHandlingVerbs { get; } = new(StringComparer.Ordinal);

    /// <summary>Attack verbs whose country object is where the attack took place ("Iraq invaded Kuwait").</summary>
    public HashSet<string> SceneObjectVerbs { get; } = new(StringComparer.Ordinal);

    /// <summary>Cues right before an attack noun whose subject is the attacker ("behind", "responsible for").</summary>
    public List<string[]> AttackerCuesBefore { get; } = new();

    /// <summary>Cues a few words after an attack noun that introduce the attacker ("by", "blamed on").</summary>
    public List<string[]> AttackerCuesAfter { get; } = new();
    /// <summary>Verb phrases before an attack noun whose subject was attacked ("came under").</summary>
    public List<string[]> TargetSubjectCues { get; } = new();

    /// <summary>Verbs whose object attack is put on the party after "on" ("blamed the killings on the rebels").</summary>
    public HashSet<string> BlameVerbs { get; } = new(StringComparer.Ordinal);

    /// <summary>Head nouns of unnamed parties ("gunmen", "the newspaper") and the actor kind they give.</summary>
    public Dictionary<string, Places.ActorKind> PartyHeads { get; } = new(StringComparer.Ordinal);
    public HashSet<string> PerpetrationVerbs { get; }
    /// <summary>Verbs whose subject plans or threatens the attack noun they take as object (attack-plan-verbs.txt).</summary>
    public HashSet<string> AttackPlanVerbs { get; }

    /// <summary>Heads that gather people into one body before an "of" phrase naming them ("a group of", "a gang of"), lowercase.</summary>
    public HashSet<string> CollectivePeopleHeads { get; }

    /// <summary>Units of distance ("miles", "kilometres"), lowercase.</summary>
    public HashSet<string> DistanceUnits { get; }
    /// <summary>People nouns that name an attacker only as the subject or passive agent of an attack verb.</summary>
    public Dictionary<string, Places.ActorKind> AttackerPersonNouns { get; } = new(StringComparer.Ordinal);
    /// <summary>Attack verb forms the tagger may take for nouns ("shot dead").</summary>
    public HashSet<string> NounTaggedAttackVerbs { get; }
    /// <summary>Killing nouns whose "of" phrase names the dead ("the killings of villagers").</summary>
    public HashSet<string> VictimOfNouns { get; }

    /// <summary>"southern", "northern": a bearing before the place an attack hit (compass-adjectives.txt).</summary>
    public HashSet<string> CompassAdjectives { get; }

    /// <summary>Words of a legal charge ("charged", "wanted", "suspect") whose crime noun refers back to an attack.</summary>
    public HashSet<string> ChargeWords { get; }

    /// <summary>Charge words whose passive subject or active object is the accused (accused-party-frames.txt).</summary>
    public HashSet<string> AccusationWords { get; } = new(StringComparer.Ordinal);

    /// <summary>Prepositions joining a charge word to the crime ("charged with", "suspect in").</summary>
    public HashSet<string> AccusationPrepositions { get; } = new(StringComparer.Ordinal);

    /// <summary>Phrases right before an attack verb that deny or generalize it ("would not be attacked", "from being killed").</summary>
    public List<string[]> AttackDenialFrames { get; }

    /// <summary>Heads of a press event ("news conference", "briefing") that a reporting verb addresses.</summary>
    public HashSet<string> PressEventNouns { get; }

    /// <summary>Unnamed object heads of an addressee verb that name no one spoken to ("requested anonymity").</summary>
    public HashSet<string> NonAddresseeHeads { get; }

    /// <summary>Statement nouns whose "of" phrase is what was judged, not who spoke ("condemnation of Russia"); judging-statement-nouns.txt.</summary>
    public HashSet<string> JudgingStatementNouns { get; }

    /// <summary>Words whose own "to" phrase follows them ("linked to the group"): no addressee there.</summary>
    public HashSet<string> OwnToPhraseWords { get; }

    /// <summary>First words of an aside between a casualty count and its verb ("two people, including a police officer, were killed").</summary>
    public HashSet<string> CountAsideOpeners { get; }

    /// <summary>Heads of unnamed people met with ("victims", "his grandmothers") that a meeting's "with"/"between" introduces.</summary>
    public HashSet<string> MeetingPeopleNouns { get; }

    /// <summary>Plural people nouns that are never verbs ("gunmen", "militants"); noun-only-people.txt.</summary>
    public HashSet<string> NounOnlyPeople { get; }

    /// <summary>Nouns for unnamed people quoted in news, "people", "sources" (source-people-nouns.txt).</summary>
    public HashSet<string> SourcePeopleNouns { get; }

    /// <summary>Nouns naming people by their tie to someone ("family", "widow", "son"); kin-nouns.txt.</summary>
    public HashSet<string> KinNouns { get; }

    /// <summary>Words that pick some of a group before "of": "Several of them said" (partitive-quantifiers.txt).</summary>
    public HashSet<string> PartitiveQuantifiers { get; }

    /// <summary>Nouns of a written or recorded message that speaks for its author ("statement", "letter", "video"); message-nouns.txt.</summary>
    public HashSet<string> MessageNouns { get; }

    /// <summary>Verbs of starting, going on and stopping that take an -ing verb ("started asking"); aspectual-verbs.txt.</summary>
    public HashSet<string> AspectualVerbs { get; }
    public HashSet<string> AnaphoricDeterminers { get; }
    public HashSet<string> DistinctModifiers { get; }

    /// <summary>Ranking words of an appositive that sums up the event just told (", the first such meeting since"); summing-up-modifiers.txt.</summary>
    public HashSet<string> SummingUpModifiers { get; }
    public HashSet<string> UntaggedVerbs { get; } = new(StringComparer.Ordinal);
    public HashSet<string> UntaggedNouns { get; } = new(StringComparer.Ordinal);

    /// <summary>Lowercase token texts shared by every document instead of allocated per token; also the words taken as usually
    /// lowercase, which alone and capitalized at a sentence start are no name (shared-lowercase.txt).</summary>
    public Dictionary<string, string> SharedLowercase { get; } = new(StringComparer.Ordinal);

    /// <summary>Coordinators that join a list of actors.</summary>
    public static readonly HashSet<string> Coordinators = new(StringComparer.Ordinal) { ",", "and", "or", "&", "nor", "plus" };

    private static string[] Words(string phrase) =>
        phrase.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static HashSet<string> Set(string file) =>
        new(CueResource.ReadRows(file).Select(r => r[0].ToLowerInvariant()), StringComparer.Ordinal);

    private static List<string[]> Phrases(string file) =>
        CueResource.ReadRows(file).Select(r => Words(r[0])).ToList();
}
