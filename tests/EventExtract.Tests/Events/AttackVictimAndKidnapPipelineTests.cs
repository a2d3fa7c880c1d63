using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// Victims as targets and kidnappings apart from killings: one unnamed person an active casualty verb kills is the
/// target, a passive pronoun victim stands for the person named just before, and a kidnapping reported with a killing
/// is an attack of its own that shares its doer. Sentences invented for these tests.
/// </summary>
public class AttackVictimAndKidnapPipelineTests
{
    private static readonly DateOnly Published = new(2022, 5, 18);

    [Theory]
    [InlineData("Rebels killed a schoolteacher in the market town on Tuesday.", "a schoolteacher")]
    [InlineData("Gunmen murdered an elder of the fishing community near the harbour.", "an elder")]
    [InlineData("Militants killed a U.S. contractor outside the base.", "a U.S. contractor")]
    public void One_unnamed_person_killed_is_the_target(string sentence, string target)
    {
        var attack = ArticleBody.Events<Attack>(sentence, Published).Should().ContainSingle().Subject;

        attack.Targets.Should().ContainSingle().Which.Text.Should().Be(target);
        attack.Killed.Should().Be(1);
    }

    [Fact]
    public void A_counted_toll_stays_the_victims_not_a_target()
    {
        var attack = ArticleBody.Events<Attack>("Rebels killed three farmers in the valley on Tuesday.", Published).Should().ContainSingle().Subject;

        attack.Targets.Should().BeEmpty();
        attack.Killed.Should().Be(3);
    }

    [Fact]
    public void A_passive_pronoun_victim_is_the_person_named_just_before()
    {
        var attack = ArticleBody.Events<Attack>(
            "Marta Velez gave a speech in the square in May. She was shot dead outside her office in June.", Published)
            .Should().ContainSingle().Subject;

        attack.Targets.Should().ContainSingle().Which.Text.Should().Be("Marta Velez");
    }

    [Fact]
    public void A_pronoun_victim_does_not_reach_back_past_the_sentence_before()
    {
        var attacks = ArticleBody.Events<Attack>(
            "Marta Velez opened the new library last year. The town grew quickly after the mine reopened. " +
            "Many families moved in from the coast. He was shot dead outside the station in June.", Published);

        attacks.Should().ContainSingle().Which.Targets.Should().NotContain(t => t.Text == "Marta Velez");
    }

    [Fact]
    public void A_killing_after_a_kidnapping_is_a_separate_attack_by_the_same_doers()
    {
        var attacks = ArticleBody.Events<Attack>("Insurgents killed a local official after kidnapping him in Kirkuk.", Published);

        attacks.Should().HaveCount(2);
        var kidnap = attacks.Single(a => a.Mentions.Any(m => m.Trigger.Text == "kidnapping"));
        var killing = attacks.Single(a => a.Mentions.Any(m => m.Trigger.Text == "killed"));
        kidnap.Mentions.Should().NotContain(m => m.Trigger.Text == "killed");
        kidnap.Attackers.Should().ContainSingle().Which.Text.Should().Be("Insurgents");
        killing.Attackers.Should().ContainSingle().Which.Text.Should().Be("Insurgents");
        killing.Targets.Should().ContainSingle().Which.Text.Should().Be("a local official");
    }

    [Fact]
    public void A_kidnapping_and_a_killing_joined_by_and_share_the_agent()
    {
        var attacks = ArticleBody.Events<Attack>(
            "Police recovered the remains of an aid worker who was kidnapped and killed by bandits in 2019.", Published);

        attacks.Should().HaveCount(2);
        attacks.Should().OnlyContain(a => a.Attackers.Count == 1 && a.Attackers[0].Text == "bandits");
    }

    [Fact]
    public void A_later_killing_does_not_join_the_kidnapping_reported_before()
    {
        var attacks = ArticleBody.Events<Attack>(
            "Bandits kidnapped the trader Ada Obi in Enugu. Ada Obi was killed two weeks later.", Published);

        attacks.Should().HaveCount(2);
        attacks.Should().OnlyContain(a => a.Mentions.Count == 1);
    }

    [Fact]
    public void A_name_before_a_comma_and_a_participle_with_by_is_the_victim_not_the_attacker()
    {
        var attack = ArticleBody.Events<Attack>(
            "The band buried its drummer, Leo Varga, murdered by men sent by a rival.", Published)
            .Should().ContainSingle().Subject;

        attack.Targets.Should().ContainSingle().Which.Text.Should().Be("Leo Varga");
        attack.Attackers.Should().NotContain(a => a.Text == "Leo Varga");
    }

    [Fact]
    public void Murdering_someone_is_an_attack()
    {
        var attack = ArticleBody.Events<Attack>("The old chronicle tells of a duke murdering his cousin at a banquet.", Published)
            .Should().ContainSingle().Subject;

        attack.Mentions.Should().ContainSingle().Which.Trigger.Text.Should().Be("murdering");
    }

    [Fact]
    public void Who_the_attacks_come_from_is_the_attacker()
    {
        var attack = ArticleBody.Events<Attack>("Villagers in the district have suffered repeated attacks from Maoist rebels since January.", Published)
            .Should().ContainSingle().Subject;

        attack.Attackers.Should().ContainSingle().Which.Text.Should().Be("Maoist rebels");
    }
}
