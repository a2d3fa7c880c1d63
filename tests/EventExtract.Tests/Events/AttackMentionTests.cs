using EventExtract.Events;
using EventExtract.Events.Triggers;
using EventExtract.Places;
using EventExtract.Tests.Events.Triggers;

namespace EventExtract.Tests.Events;

/// <summary>Attack and meeting triggers and how attack mentions of one article become events (made-up sentences).</summary>
public class AttackMentionTests
{
    private static readonly LexiconTriggerDetector Detector = new();
    private static readonly EventExtractor Extractor = EventExtractor.Create();

    /// <summary>Triggers as "Type:text" of a sentence read by the full (tagged) pipeline, as a user's article is.</summary>
    private static List<string> Describe(string text)
    {
        var document = Extractor.Analyze(text, new ArticleInfo(Published: Published));
        return TriggerTestText.Detect(Detector, document).Select(c => $"{c.Type}:{TriggerTestText.TextOf(document, c)}").ToList();
    }
    private static readonly DateOnly Published = new(2021, 6, 10);

    [Theory]
    [InlineData("Rebels fired several artillery shells at the border town.", "Attack:fired")]
    [InlineData("The militia launched two rockets toward the airport.", "Attack:launched")]
    [InlineData("Two guards were shot dead outside the bank.", "Attack:shot dead")]
    [InlineData("Riot police answered with a volley of rubber bullets.", "Attack:volley of rubber bullets")]
    [InlineData("Masked men stormed the television station.", "Attack:stormed")]
    [InlineData("The two suspects are accused of blowing up a passenger train in 1999.", "Attack:blowing up")]
    public void Attack_phrases_beyond_the_attack_nouns_are_triggers(string sentence, string expected)
    {
        Describe(sentence).Should().Contain(expected);
    }

    [Theory]
    [InlineData("The bank fired its chief executive after the losses.")]
    [InlineData("The company launched a new phone in the spring.")]
    [InlineData("The coach stormed off after the final whistle.")]
    public void Firing_and_launching_without_a_munition_are_no_attack(string sentence)
    {
        Describe(sentence).Should().NotContain(t => t.StartsWith("Attack:", StringComparison.Ordinal));
    }

    [Fact]
    public void A_phone_conversation_is_a_meeting_trigger()
    {
        Describe("The premier spoke by telephone with the visiting envoy on Monday.")
            .Should().Contain("Meeting:spoke by telephone with");
    }

    [Fact]
    public void A_fire_at_a_building_is_no_attack()
    {
        var events = new TestDocument("A fire at the depot destroyed two trucks.", Published)
            .Trigger("fire at", EventType.Attack)
            .Find();

        events.Should().BeEmpty();
    }

    [Fact]
    public void Two_attack_verbs_of_one_sentence_are_two_attacks()
    {
        var events = new TestDocument("Insurgents bombed two villages and fired rockets at an army post.", Published)
            .Actor("Insurgents", ActorKind.Group)
            .Trigger("bombed", EventType.Attack)
            .Trigger("fired rockets", EventType.Attack)
            .Find();

        events.OfType<Attack>().Should().HaveCount(2);
    }

    [Fact]
    public void Killed_and_wounded_in_one_sentence_stay_one_attack()
    {
        var events = new TestDocument("Militants killed four soldiers and wounded nine others near Tal Afar.", Published)
            .Actor("Militants", ActorKind.Group)
            .Place("Tal Afar", "IQ")
            .Trigger("killed", EventType.Attack)
            .Trigger("wounded", EventType.Attack)
            .Find();

        var attack = events.OfType<Attack>().Should().ContainSingle().Subject;
        attack.Killed.Should().Be(4);
    }

    [Fact]
    public void The_same_death_toll_given_again_is_the_same_attack()
    {
        var events = new TestDocument(
                "Gunmen opened fire on a market in Kandara on Tuesday, killing 12 people. Police said 12 people were killed in the assault.", Published)
            .Place("Kandara", "NG")
            .Timex("Tuesday", "2021-06-08")
            .Trigger("opened fire", EventType.Attack)
            .Trigger("killing", EventType.Attack)
            .Trigger("killed", EventType.Attack)
            .Trigger("assault", EventType.Attack)
            .Find();

        var attack = events.OfType<Attack>().Should().ContainSingle().Subject;
        attack.Killed.Should().Be(12);
        attack.Mentions.Select(m => m.Trigger.Text).Should().Contain(new[] { "opened fire", "assault" });
    }

    [Fact]
    public void An_exchange_of_fire_is_its_own_attack_with_both_sides_as_attackers()
    {
        var events = new TestDocument(
                "Ruritania fired shells at Graustark on Monday. Graustark fired rockets back at Ruritania. The exchange of fire lasted an hour.", Published)
            .AllCountries("Ruritania", "RU")
            .AllCountries("Graustark", "GR")
            .Timex("Monday", "2021-06-07")
            .Trigger("fired shells", EventType.Attack)
            .Trigger("fired rockets", EventType.Attack)
            .Trigger("exchange of fire", EventType.Attack)
            .Find();

        var attacks = events.OfType<Attack>().ToList();
        attacks.Should().HaveCount(3);
        var exchange = attacks.Single(a => a.Trigger.Text == "exchange of fire");
        exchange.Attackers.Select(a => a.Text).Should().BeEquivalentTo("Ruritania", "Graustark");
    }

    [Theory]
    [InlineData("Headline\n\nThe army deployed attack helicopters along the border.")]
    [InlineData("Headline\n\nMembers of a hacking group were arrested in Madrid on Monday.")]
    public void An_attack_noun_that_modifies_a_thing_is_no_attack(string text)
    {
        Extractor.Extract(text, new ArticleInfo(Published: Published)).Events.OfType<Attack>().Should().BeEmpty();
    }

    [Fact]
    public void An_attack_noun_after_a_subject_is_still_read_as_the_attack_verb()
    {
        Extractor.Extract("Headline\n\nHackers attack government websites every week, officials said.", new ArticleInfo(Published: Published))
            .Events.OfType<Attack>().Should().NotBeEmpty();
    }

    [Fact]
    public void A_weekday_dating_a_past_attack_is_the_one_before_publication()
    {
        // Published on Thursday 2021-06-10: "Friday" in a past-tense report is 2021-06-04, not the coming Friday.
        var events = new TestDocument("Six people were killed when a bomb exploded at a bus station on Friday.", Published)
            .Timex("Friday", "2021-06-11")
            .Trigger("killed", EventType.Attack)
            .Trigger("bomb", EventType.Attack)
            .Find();

        var attack = events.OfType<Attack>().Should().ContainSingle().Subject;
        attack.Status.Should().Be(EventStatus.Occurred);
        attack.Date!.Value.Should().Be("2021-06-04");
    }

    [Theory]
    [InlineData("The premier received the Brazilian ambassador at her office.", "Meeting:received")]
    [InlineData("The governor hosted his Mexican counterpart on Monday.", "Meeting:hosted")]
    [InlineData("The chancellor ended a three-day visit on Friday.", "Meeting:three-day visit")]
    [InlineData("During his visit to Hanoi, the minister signed two agreements.", "Meeting:visit to")]
    public void Meeting_verbs_with_a_party_object_and_official_visits_are_meetings(string sentence, string expected)
    {
        Describe(sentence).Should().Contain(expected);
    }

    [Fact]
    public void Receiving_a_thing_is_no_meeting()
    {
        Describe("The hospital received three new ambulances last week.").Should().NotContain(t => t.StartsWith("Meeting:", StringComparison.Ordinal));
    }

    [Fact]
    public void Such_attacks_name_a_kind_of_attack_not_one()
    {
        var events = new TestDocument("Critics say the police failed to prevent such attacks.", Published)
            .Trigger("attacks", EventType.Attack)
            .Find();

        events.OfType<Attack>().Should().BeEmpty();
    }

    [Fact]
    public void A_toll_counted_since_a_year_is_no_attack()
    {
        var events = new TestDocument("Since 2004, more than 300 rangers have been killed in the park.", Published)
            .Timex("2004", "2004")
            .Trigger("killed", EventType.Attack)
            .Find();

        events.OfType<Attack>().Should().BeEmpty();
    }

    [Fact]
    public void Balloons_blown_up_with_air_are_no_attack()
    {
        Describe("The children watched as the balloons were blown up with air.").Should().NotContain(t => t.StartsWith("Attack:", StringComparison.Ordinal));
    }

    [Fact]
    public void A_passive_subject_that_is_a_thing_is_the_target()
    {
        var events = new TestDocument("The consulate was attacked by a crowd on Monday.", Published)
            .Timex("Monday", "2021-06-07")
            .Trigger("attacked", EventType.Attack)
            .Find();

        var attack = events.OfType<Attack>().Should().ContainSingle().Subject;
        attack.Targets.Select(t => t.Text).Should().Contain("The consulate");
    }

    [Fact]
    public void A_quantity_of_munitions_is_the_weapon_and_what_it_is_fired_at_the_target()
    {
        var events = new TestDocument("The battery fired dozens of shells at the rebel camp.", Published)
            .Trigger("fired", EventType.Attack)
            .Find();

        var attack = events.OfType<Attack>().Should().ContainSingle().Subject;
        attack.Targets.Select(t => t.Text).Should().Equal("the rebel camp");
    }
}
