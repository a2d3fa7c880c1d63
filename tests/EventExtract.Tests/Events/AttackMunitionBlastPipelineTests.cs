using EventExtract.Events;
using FluentAssertions;
using Xunit;

namespace EventExtract.Tests.Events;

/// <summary>
/// A munition that goes off as the subject of "exploded" or "detonated" ("a bomb exploded under their car") reports an
/// attack, even in a clause the trigger classifier doubts.
/// </summary>
public sealed class AttackMunitionBlastPipelineTests
{
    private static readonly DateOnly Published = new(2024, 5, 1);

    [Fact]
    public void ABombGoingOffIsAnAttack() =>
        ArticleBody.Events<Attack>("The two policemen were killed when a bomb exploded under their car.", Published)
            .Should().ContainSingle().Which.Mentions.Select(m => m.Trigger.Text).Should().Contain("exploded");
}
