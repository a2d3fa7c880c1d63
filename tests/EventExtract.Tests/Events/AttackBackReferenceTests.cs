using EventExtract.Events;
using EventExtract.Places;

namespace EventExtract.Tests.Events;

/// <summary>Later attack mentions that refer back to an attack already reported instead of starting a new one.</summary>
public class AttackBackReferenceTests
{
    private static readonly DateOnly Published = new(2021, 6, 4);

    [Fact]
    public void The_crime_named_by_a_charge_is_the_attack_already_reported()
    {
        var events = new TestDocument(
            "A gunman shot a shopkeeper outside his store in Springfield. The shopkeeper survived. " +
            "A local man was later charged in a county court with attempted murder.", Published)
            .Place("Springfield", "US")
            .Trigger("shot", EventType.Attack)
            .Trigger("murder", EventType.Attack)
            .Find();

        var attack = events.Should().ContainSingle().Subject;
        attack.Mentions.Should().HaveCount(2);
    }

    [Fact]
    public void An_attack_noun_without_a_charge_word_is_not_pulled_into_the_earlier_attack()
    {
        var events = new TestDocument(
            "A gunman shot a shopkeeper outside his store in Springfield. The shopkeeper survived. " +
            "Residents worry about attempted murder.", Published)
            .Place("Springfield", "US")
            .Trigger("shot", EventType.Attack)
            .Trigger("murder", EventType.Attack)
            .Find();

        events.Should().HaveCount(2);
    }

    [Fact]
    public void A_definite_attack_noun_modified_by_a_name_refers_back_to_the_attack()
    {
        var events = new TestDocument(
            "Freedonia invaded Sylvania in March, seizing its ports. The border has been closed since. " +
            "Trade across the region slowed. Shipping rates doubled. Grain prices climbed after the Sylvania invasion.", Published)
            .Country("Freedonia", "FD")
            .Country("Sylvania", "SY")
            .Actor("Sylvania", ActorKind.Country, "SY", nth: 1)
            .Timex("March", "2021-03")
            .Trigger("invaded", EventType.Attack)
            .Trigger("invasion", EventType.Attack)
            .Find();

        events.Should().ContainSingle().Which.Mentions.Should().HaveCount(2);
    }

    [Fact]
    public void A_verb_that_denies_the_attack_is_not_an_attack()
    {
        var events = new TestDocument(
            "The envoy offered guarantees that Sylvania would not be attacked. Farmers sought laws to protect workers from being killed.", Published)
            .Country("Sylvania", "SY")
            .Trigger("attacked", EventType.Attack)
            .Trigger("killed", EventType.Attack)
            .Find();

        events.Should().BeEmpty();
    }

    [Fact]
    public void A_threatened_attack_mentioned_again_without_new_details_is_the_same_attack()
    {
        var events = new TestDocument(
            "The president says he is ready to order a possible strike against Sylvania. " +
            "Officials warn that punishing air strikes could follow if it keeps building the weapons.", Published)
            .Country("Sylvania", "SY")
            .Trigger("strike", EventType.Attack)
            .Trigger("air strikes", EventType.Attack)
            .Find();

        var attack = events.Should().ContainSingle().Subject;
        attack.Status.Should().Be(EventStatus.Hypothetical);
        attack.Mentions.Should().HaveCount(2);
    }
}
