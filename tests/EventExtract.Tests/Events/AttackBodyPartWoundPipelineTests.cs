using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "They had been shot in the head", "was stabbed in the chest": a shooting or stabbing verb with the part of the body it
/// hit is an attack even with no assailant in the clause; a reflexive object ("shot himself in the foot") is none.
/// Sentences invented for these tests.
/// </summary>
public class AttackBodyPartWoundPipelineTests
{
    private static readonly DateOnly Published = new(2024, 5, 14);
    private static List<Attack> Attacks(string body) => ArticleBody.Events<Attack>(body, Published);

    [Theory]
    [InlineData("The bodies of 15 men were found on a roadside near Dorava on Monday. They had been shot in the head, officials said.")]
    [InlineData("A shopkeeper in Tal Harb was stabbed in the chest on Sunday night, police said.")]
    public void A_shooting_or_stabbing_that_hit_a_body_part_is_an_attack(string body)
    {
        Attacks(body).Should().ContainSingle();
    }

    [Fact]
    public void Shooting_oneself_in_the_foot_is_no_attack()
    {
        Attacks("With that vote the party shot itself in the foot, analysts said.").Should().BeEmpty();
    }
}
