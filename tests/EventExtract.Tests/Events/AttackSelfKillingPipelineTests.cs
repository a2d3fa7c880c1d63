using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>A killing whose only victim is the killer is a suicide, not an attack (made-up sentences, whole pipeline).</summary>
public class AttackSelfKillingPipelineTests
{
    private static readonly DateOnly Published = new(2023, 5, 12);

    [Theory]
    [InlineData("The prison guard Tomas Reyes killed himself in his cell on Monday.")]
    [InlineData("The Hill Tribes who are willing to kill themselves for their land were not driven by money.")]
    public void A_reflexive_victim_alone_is_no_attack(string body) =>
        ArticleBody.Events<Attack>(body, Published).Should().BeEmpty();

    [Fact]
    public void A_bomber_who_killed_himself_and_others_made_an_attack() =>
        ArticleBody.Events<Attack>("The bomber killed himself and four guards at the gate on Monday.", Published).Should().ContainSingle();
}
