using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>"A police station in the city of Velna was attacked": the passive subject is the target past "in the city of" its place (made-up sentences, whole pipeline).</summary>
public class AttackPassiveSubjectInNamedPlaceTests
{
    [Fact]
    public void A_thing_in_the_city_of_a_place_attacked_is_the_target() =>
        ArticleBody.Events<Attack>("A police station in the city of Quetta was attacked by gunmen late on Thursday.", new DateOnly(2024, 4, 20))
            .Should().ContainSingle().Which.Targets.Select(t => t.Text).Should().Contain(t => t.Contains("police station"));
}
