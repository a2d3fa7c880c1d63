using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// Roundup articles report several attacks in a row; the mention linker must not join them on weak ties: a bare-plural
/// attacker ("guerrillas") every item shares, an attacker-only and a target-only mention far apart, or a party that
/// attacks in one report and is attacked in the other. Sentences and names invented for these tests.
/// </summary>
public class AttackRoundupSeparationPipelineTests
{
    private static readonly DateOnly Published = new(2021, 3, 10);

    private static List<Attack> Attacks(string body) => ArticleBody.Events<Attack>(body, Published);

    private static Attack WithTrigger(List<Attack> attacks, string trigger) =>
        attacks.Should().ContainSingle(a => a.Mentions.Any(m => m.Trigger.Text == trigger)).Subject;

    [Fact]
    public void A_bare_plural_attacker_shared_by_two_items_does_not_join_them()
    {
        var attacks = Attacks(
            "Guerrillas killed a tribal chief after kidnapping him near Baiji.\n" +
            "The provincial governor said roadside bombings had fallen sharply in Baiji this year.\n" +
            "On Thursday guerrillas kidnapped a dentist and his son while they were driving home.");

        var first = WithTrigger(attacks, "killed");
        var second = WithTrigger(attacks, "kidnapped");
        second.Should().NotBeSameAs(first);
        second.Targets.Select(t => t.Text).Should().BeEquivalentTo("a dentist", "his son");
        first.Targets.Select(t => t.Text).Should().NotContain("a dentist");
    }

    [Fact]
    public void A_victim_named_five_sentences_after_an_attacker_only_report_is_another_attack()
    {
        var attacks = Attacks(
            "The Hurriya Brigade carried out another attack overnight.\n" +
            "The interior ministry has promised more patrols.\n" +
            "Traders in the capital say business is slow.\n" +
            "Fuel prices rose again this month.\n" +
            "The central bank blamed the weak currency.\n" +
            "Nabil Karim, a judge, was assassinated outside his home.");

        var assassination = WithTrigger(attacks, "assassinated");
        assassination.Mentions.Should().ContainSingle();
        assassination.Attackers.Should().BeEmpty();
        WithTrigger(attacks, "attack").Targets.Should().BeEmpty();
    }

    [Fact]
    public void A_party_attacked_in_one_report_and_attacking_in_another_does_not_tie_them()
    {
        var attacks = Attacks(
            "PKK fighters have carried out attacks against Turkish soldiers in the mountains for years.\n" +
            "The ministry has built new roads in the region.\n" +
            "Farmers there grow wheat and tobacco.\n" +
            "Many young people have moved to the cities.\n" +
            "Schools in the area remain short of teachers.\n" +
            "Kurdish parties condemned the Turkish assassination of the commander Ali Kaya.");

        var assassination = WithTrigger(attacks, "assassination");
        assassination.Mentions.Should().ContainSingle();
        assassination.Targets.Should().ContainSingle().Which.Text.Should().Be("Ali Kaya");
        WithTrigger(attacks, "attacks").Attackers.Should().ContainSingle().Which.Text.Should().Be("PKK fighters");
    }
}
