using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>Attackers named by unnamed collective parties, by a late "carried out by" and by "blamed … on".</summary>
public class AttackAttackerCueTests
{
    private static readonly DateOnly Published = new(2021, 6, 4);

    private static Attack SingleAttack(IReadOnlyList<ExtractedEvent> events) =>
        events.OfType<Attack>().Should().ContainSingle().Subject;

    [Fact]
    public void A_group_of_armed_men_after_a_passive_attack_verb_is_the_attacker()
    {
        var attack = SingleAttack(new TestDocument("The depot was attacked by a group of armed men.", Published)
            .Trigger("attacked", EventType.Attack)
            .Find());

        attack.Attackers.Should().ContainSingle().Which.Text.Should().Contain("group");
    }

    [Fact]
    public void A_late_carried_out_by_phrase_names_the_attacker_up_to_the_comma()
    {
        var attack = SingleAttack(new TestDocument("The attack on the convoy was carried out by a separatist faction, officials said.", Published)
            .Trigger("attack", EventType.Attack)
            .Find());

        attack.Attackers.Should().ContainSingle().Which.Text.Should().Be("a separatist faction");
    }

    [Fact]
    public void The_party_an_attack_is_blamed_on_is_its_attacker_not_its_target()
    {
        var attack = SingleAttack(new TestDocument("Police blamed the bombing on a drug cartel.", Published)
            .Trigger("bombing", EventType.Attack)
            .Find());

        attack.Attackers.Should().ContainSingle().Which.Text.Should().Be("a drug cartel");
        attack.Targets.Should().BeEmpty();
    }

    [Fact]
    public void Attacking_a_proposal_is_criticism_not_an_attack()
    {
        var events = new TestDocument("The senator attacked the proposal in a speech.", Published)
            .Trigger("attacked", EventType.Attack)
            .Find();

        events.OfType<Attack>().Should().BeEmpty();
    }

    [Fact]
    public void Attacking_a_town_is_still_an_attack()
    {
        var events = new TestDocument("Rebels attacked the town at dawn.", Published)
            .Trigger("attacked", EventType.Attack)
            .Find();

        events.OfType<Attack>().Should().ContainSingle();
    }

    [Fact]
    public void A_feared_attack_is_hypothetical()
    {
        var events = new TestDocument("Security was tight amid fears of a terrorist attack during the summit.", Published)
            .Trigger("attack", EventType.Attack)
            .Find();

        events.OfType<Attack>().Should().ContainSingle().Which.Status.Should().Be(EventStatus.Hypothetical);
    }

    [Fact]
    public void The_thing_a_named_owner_possesses_is_the_target()
    {
        var attack = SingleAttack(new TestDocument("Hackers attacked the Treasury's servers last week.", Published)
            .Actor("the Treasury", EventExtract.Places.ActorKind.Organization)
            .Trigger("attacked", EventType.Attack)
            .Find());

        attack.Targets.Should().ContainSingle().Which.Text.Should().Be("the Treasury's servers");
    }

    [Fact]
    public void An_unnamed_attacker_before_an_aside_between_commas_is_the_attacker()
    {
        var attack = SingleAttack(new TestDocument("Witnesses said the gunmen, armed with rifles, attacked the checkpoint.", Published)
            .Trigger("attacked", EventType.Attack)
            .Find());

        attack.Attackers.Should().ContainSingle().Which.Text.Should().Be("the gunmen");
    }

    [Fact]
    public void Attacking_someone_for_a_failing_is_criticism()
    {
        var events = new TestDocument("In the debate, the challenger attacked him for failing to enforce the law.", Published)
            .Trigger("attacked", EventType.Attack)
            .Find();

        events.OfType<Attack>().Should().BeEmpty();
    }

    [Fact]
    public void An_attack_noun_on_rights_is_no_attack()
    {
        var events = new TestDocument("This is an attack on the rights of all citizens.", Published)
            .Trigger("attack", EventType.Attack)
            .Find();

        events.OfType<Attack>().Should().BeEmpty();
    }

    [Fact]
    public void Firing_the_known_shot_in_a_purpose_clause_is_not_planned()
    {
        var events = new TestDocument("Investigators think the killer buried the rifle and dug it up to fire the shot.", Published)
            .Trigger("fire", EventType.Attack)
            .Find();

        events.OfType<Attack>().Should().ContainSingle().Which.Status.Should().Be(EventStatus.Occurred);
    }
}
