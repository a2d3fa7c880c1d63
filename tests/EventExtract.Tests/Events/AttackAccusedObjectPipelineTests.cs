using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "X accused the miners of attacking a village": the accused object is the attacker even when it is no name, and the
/// accuser is not. Sentences invented for these tests.
/// </summary>
public class AttackAccusedObjectPipelineTests
{
    private static readonly DateOnly Published = new(2024, 3, 5);

    [Fact]
    public void An_unnamed_accused_object_is_the_attacker_not_the_accuser()
    {
        var attack = ArticleBody.Events<Attack>("Village elder Tomas Reyes accused the miners of attacking a village with machetes.", Published)
            .Should().ContainSingle().Subject;

        attack.Attackers.Should().ContainSingle().Which.Text.Should().Be("the miners");
    }
}
