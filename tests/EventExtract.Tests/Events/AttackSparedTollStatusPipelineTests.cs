using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "No one was hurt in the blast": the negation is the toll's; the attack the people were spared in happened. Invented story.
/// </summary>
public class AttackSparedTollStatusPipelineTests
{
    [Theory]
    [InlineData("No one was hurt in the blast, police said.")]
    [InlineData("Nobody was injured in the attack, according to police.")]
    public void A_blast_nobody_was_hurt_in_happened(string second) =>
        ArticleBody.Events<Attack>("A bomb exploded outside a bank in Athens early on Sunday, causing extensive damage. " + second, new DateOnly(2024, 9, 9))
            .Should().ContainSingle().Which.Status.Should().Be(EventStatus.Occurred);
}
