using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "in the Nur Shams refugee camp": the name before "refugee camp" is a place (the recognizer read it as a person), and
/// the attack happened there; a raid on the camp aims at the camp, not at a person of that name, and the camp is its scene. Invented sentences,
/// real camp names.
/// </summary>
public class AttackRefugeeCampPlacePipelineTests
{
    // A Tuesday.
    private static readonly DateOnly Published = new(2025, 3, 4);

    [Fact]
    public void A_camp_named_after_in_is_the_attack_place()
    {
        var attack = ArticleBody.Events<Attack>("Gunmen killed two men in the Nur Shams refugee camp on Monday.", Published).Should().ContainSingle().Subject;

        attack.Location.Should().NotBeNull();
        attack.Location!.Name.Should().Be("Nur Shams");
    }

    [Fact]
    public void A_raided_camp_is_no_person()
    {
        var attack = ArticleBody.Events<Attack>("Israeli troops raided the Nur Shams refugee camp on Monday, killing a militant.", Published).Should().ContainSingle().Subject;

        attack.Targets.Should().NotContain(t => t.Text == "Nur Shams");
    }

    [Fact]
    public void A_raided_camp_is_the_scene()
    {
        var attack = ArticleBody.Events<Attack>("Israeli troops raided the Nur Shams refugee camp on Monday, killing a militant.", Published).Should().ContainSingle().Subject;

        attack.Location.Should().NotBeNull();
        attack.Location!.Name.Should().Be("Nur Shams");
    }
}
