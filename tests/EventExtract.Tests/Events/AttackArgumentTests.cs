using EventExtract.Time;
using EventExtract.Events;
using EventExtract.Places;

namespace EventExtract.Tests.Events;

public class AttackArgumentTests
{
    private static readonly DateOnly Published = new(2020, 11, 5);

    [Fact]
    public void Bombing_with_killed_and_wounded_counts()
    {
        var events = new TestDocument("A suicide bombing in Mogadishu killed at least 30 people and wounded dozens.", Published)
            .Place("Mogadishu", "SO")
            .Trigger("bombing", EventType.Attack)
            .Trigger("killed", EventType.Attack)
            .Find();

        var attack = (Attack)events.Should().ContainSingle().Subject;
        attack.AttackType.Should().Be(AttackType.Bombing);
        attack.Killed.Should().Be(30);
        attack.Injured.Should().Be(24);
        attack.Location!.Name.Should().Be("Mogadishu");
        attack.Victims.Should().Contain("30 people");
    }

    [Fact]
    public void Gunmen_killing_a_number_word()
    {
        var events = new TestDocument("Gunmen opened fire on a bus near Peshawar, killing three.", Published)
            .Place("Peshawar", "PK")
            .Trigger("opened fire", EventType.Attack)
            .Find();

        var attack = (Attack)events.Should().ContainSingle().Subject;
        attack.AttackType.Should().Be(AttackType.Shooting);
        attack.Killed.Should().Be(3);
        attack.Location!.Name.Should().Be("Peshawar");
    }

    [Fact]
    public void Count_before_killed_and_air_strike_is_military()
    {
        var events = new TestDocument("Twelve soldiers were killed in an air strike in Idlib on Tuesday.", Published)
            .Place("Idlib", "SY")
            .Timex("Tuesday", "2020-11-03")
            .Trigger("air strike", EventType.Attack)
            .Trigger("killed", EventType.Attack)
            .Find();

        var attack = (Attack)events.Should().ContainSingle().Subject;
        attack.Killed.Should().Be(12);
        attack.AttackType.Should().Be(AttackType.Military);
        attack.Victims.Should().Be("Twelve soldiers");
        attack.Date!.Value.Should().Be("2020-11-03");
    }

    [Fact]
    public void Terrorist_attack_in_a_capital_with_victims_among_the_dead()
    {
        var events = new TestDocument("In late May, a terrorist attack in Mali's capital of Bamako left 9 people dead, including two French nationals.", Published)
            .Country("Mali", "ML").Place("Bamako", "ML")
            .Timex("late May", "2020-05", TimexMod.End)
            .Trigger("terrorist attack", EventType.Attack)
            .Find();

        var attack = (Attack)events.Should().ContainSingle().Subject;
        attack.AttackType.Should().Be(AttackType.Terrorist);
        attack.Location!.Name.Should().Be("Bamako");
        attack.Killed.Should().Be(9);
        attack.Victims.Should().Contain("two French nationals");
        attack.Date!.Value.Should().Be("2020-05");
        attack.Date.Mod.Should().Be(TimexMod.End);
    }

    [Fact]
    public void Hackers_make_a_cyber_attack_with_its_target()
    {
        var events = new TestDocument("Hackers attacked the Estonian parliament.", Published)
            .Actor("Estonian parliament", ActorKind.Organization, "EE")
            .Trigger("attacked", EventType.Attack)
            .Find();

        var attack = (Attack)events.Should().ContainSingle().Subject;
        attack.AttackType.Should().Be(AttackType.Cyber);
        attack.Targets.Select(t => t.Text).Should().Equal("Estonian parliament");
    }

    [Fact]
    public void Claimed_responsibility_names_the_attacker()
    {
        var events = new TestDocument("Boko Haram claimed responsibility for the raid.", Published)
            .Actor("Boko Haram", ActorKind.Group, "NG")
            .Trigger("raid", EventType.Attack)
            .Find();

        ((Attack)events.Should().ContainSingle().Subject).Attackers.Select(a => a.Text).Should().Equal("Boko Haram");
    }

    [Fact]
    public void Background_wars_and_idioms_are_not_attacks()
    {
        new TestDocument("Yemen's civil war goes on. The war has shaped the region. He suffered a heart attack.", Published)
            .Country("Yemen", "YE")
            .Trigger("war", EventType.Attack)
            .Trigger("war", EventType.Attack, nth: 1)
            .Trigger("attack", EventType.Attack)
            .Find().Should().BeEmpty();
    }

    [Fact]
    public void A_year_is_not_a_casualty_count()
    {
        var events = new TestDocument("The 2019 bombing in Colombo killed 250 people.", Published)
            .Place("Colombo", "LK")
            .Timex("2019", "2019")
            .Trigger("bombing", EventType.Attack)
            .Find();
        ((Attack)events.Single()).Killed.Should().Be(250);
    }
}
