using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "US jets bombed Taliban positions near Kandahar": a named armed group before the noun it modifies is part of the
/// target phrase, the place or people of the group that were hit, not the target alone.
/// </summary>
public class AttackGroupModifiedTargetPipelineTests
{
    private static readonly DateOnly Published = new(2024, 5, 1);

    [Theory]
    [InlineData("US jets bombed Taliban positions near Kandahar overnight.", "Taliban positions")]
    [InlineData("Israeli jets bombed a Hezbollah stronghold in southern Lebanon overnight.", "a Hezbollah stronghold")]
    public void Named_group_modifying_the_object_noun_is_part_of_the_target(string body, string target)
    {
        var attack = ArticleBody.Events<Attack>(body, Published).Should().ContainSingle().Subject;
        attack.Targets.Select(t => t.Text).Should().Equal(target);
    }
}
