using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// An attack participle after a comma says how the attack before it was carried out ("stormed the village, shooting
/// residents"): one attack, not two; a kidnapping participle stays an attack of its own. A simple-present attack verb in
/// a relative clause ("bandits, who kidnap travellers") is a habit, not an attack. "a man suspected of shooting" is the
/// attacker, not the subject that arrested him; the one person "shot dead" is the target. Sentences invented for these tests.
/// </summary>
public class AttackMannerParticiplePipelineTests
{
    private static readonly DateOnly Published = new(2025, 5, 16);

    [Fact]
    public void A_shooting_participle_after_a_comma_is_the_same_attack()
    {
        var attack = ArticleBody.Events<Attack>(
            "Armed men stormed a farming village near the border late on Tuesday, shooting residents and burning homes.",
            Published).Should().ContainSingle().Subject;

        attack.Mentions.Select(m => m.Trigger.Text).Should().Contain("stormed").And.Contain("shooting");
        attack.Targets.Select(t => t.Text).Should().Contain(t => t.Contains("village"));
    }

    [Fact]
    public void An_abducting_participle_stays_an_attack_of_its_own()
    {
        var attacks = ArticleBody.Events<Attack>(
            "Armed men stormed a farming village near the border late on Tuesday, abducting 20 residents.",
            Published);

        attacks.Should().HaveCount(2);
    }

    [Theory]
    [InlineData("who kidnap")]
    [InlineData("who often attack")]
    public void A_simple_present_attack_verb_in_a_relative_clause_is_a_habit_not_an_attack(string relative)
    {
        var attacks = ArticleBody.Events<Attack>(
            "Gunmen stormed a farming village near the border late on Tuesday, killing nine residents.\n\n"
            + $"Such raids are blamed on armed gangs known as bandits, {relative} travellers for ransom.",
            Published);

        attacks.Should().ContainSingle().Which.Killed.Should().Be(9);
    }

    [Fact]
    public void A_past_attack_verb_in_a_relative_clause_stays_an_attack()
    {
        var attacks = ArticleBody.Events<Attack>(
            "Police arrested two men who attacked a bus near the border on Tuesday.", Published);

        attacks.Should().ContainSingle();
    }

    [Fact]
    public void A_noun_phrase_suspected_of_the_attack_is_the_attacker_not_whoever_arrested_it()
    {
        var attack = ArticleBody.Events<Attack>(
            "Police arrested a man suspected of shooting dead a shopkeeper in the town of Arvik last week.", Published)
            .Should().ContainSingle().Subject;

        attack.Attackers.Select(a => a.Text).Should().Equal("a man");
    }

    [Fact]
    public void The_one_person_shot_dead_is_the_target()
    {
        var attack = ArticleBody.Events<Attack>("A gunman shot dead a shopkeeper in the town of Arvik on Monday.", Published)
            .Should().ContainSingle().Subject;

        attack.Targets.Select(t => t.Text).Should().Equal("a shopkeeper");
        attack.Killed.Should().Be(1);
    }
}

