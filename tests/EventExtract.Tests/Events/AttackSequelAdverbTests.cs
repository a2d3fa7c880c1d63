using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "A car bomb exploded outside a hotel ... Gunmen then stormed the building": "then" before an attack verb in the next
/// sentence tells the next step of that attack, not a new one (made-up sentences, whole pipeline).
/// </summary>
public class AttackSequelAdverbTests
{
    private static readonly DateOnly Published = new(2024, 6, 14);

    [Theory]
    [InlineData("Gunmen then stormed the building and exchanged fire with guards.")]
    [InlineData("Gunmen subsequently stormed the building.")]
    public void The_next_step_belongs_to_the_attack_told_before(string next)
    {
        var attacks = ArticleBody.Events<Attack>(
            "A car bomb exploded outside a busy hotel in Mogadishu on Wednesday evening, killing at least nine people, police said. " + next,
            Published);
        attacks.Should().ContainSingle(a => a.Mentions.Any(m => m.Trigger.Text == "stormed"))
            .Which.Killed.Should().Be(9);
    }

    [Fact]
    public void Without_a_sequel_word_an_attack_with_new_parties_stays_apart()
    {
        var attacks = ArticleBody.Events<Attack>(
            "A car bomb exploded outside a busy hotel in Mogadishu on Wednesday evening, killing at least nine people, police said. "
            + "In Baidoa, gunmen stormed a police station.", Published);
        attacks.Should().HaveCount(2);
    }
}
