using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// A reaction lede names an attack with "the" before the story tells it: that reference is the attack told next, not an
/// attack of its own. Sentences invented for these tests.
/// </summary>
public class LedeAttackReferencePipelineTests
{
    private static readonly DateOnly Published = new(2024, 5, 1);

    [Fact]
    public void The_attack_in_a_reaction_lede_is_the_attack_told_next()
    {
        var attack = ArticleBody.Events<Attack>(
                "President Milan Petrovic said Monday that Serbia had nothing to do with the attack and called on police to find those responsible. "
                + "About 30 gunmen stormed the village of Banjska on Sunday, killing a police officer and wounding two others, officials said.", Published)
            .Should().ContainSingle().Subject;

        attack.Mentions.Should().HaveCountGreaterThan(1);
        attack.Attackers.Should().ContainSingle().Which.Text.Should().Be("30 gunmen");
    }

    [Fact]
    public void The_attack_in_a_lede_before_two_attacks_stays_apart()
    {
        ArticleBody.Events<Attack>(
                "President Milan Petrovic said Monday that Serbia had nothing to do with the attack. "
                + "Gunmen stormed the village of Banjska on Sunday, killing a police officer. "
                + "In a separate incident, a bomb killed two soldiers near Zubin Potok on Saturday.", Published)
            .Should().HaveCount(3);
    }
}
