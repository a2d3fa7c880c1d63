using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "Militants ambushed an army patrol 20 miles south of Mosul": a distance after the object's head says where it was
/// and is no part of the target.
/// </summary>
public class AttackDistanceAfterTargetPipelineTests
{
    private static readonly DateOnly Published = new(2024, 5, 1);

    [Theory]
    [InlineData("Militants ambushed an army patrol 20 miles south of Mosul.", "an army patrol")]
    [InlineData("Rebels attacked a fuel convoy 15 kilometres east of the border town on Friday.", "a fuel convoy")]
    public void Distance_after_the_object_ends_the_target(string body, string target)
    {
        var attack = ArticleBody.Events<Attack>(body, Published).Should().ContainSingle().Subject;
        attack.Targets.Select(t => t.Text).Should().Equal(target);
    }
}
