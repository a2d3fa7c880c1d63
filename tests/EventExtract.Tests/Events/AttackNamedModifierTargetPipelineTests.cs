using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>"raided the Jenin refugee camp": a place or other name before a noun in the object is the noun phrase it starts.</summary>
public class AttackNamedModifierTargetPipelineTests
{
    private static readonly DateOnly Published = new(2025, 3, 6);

    [Theory]
    [InlineData("Israeli troops raided the Jenin refugee camp on Tuesday, killing three Palestinians.", "the Jenin refugee camp")]
    [InlineData("Russian missiles hit Kharkiv airport overnight, officials said.", "Kharkiv airport")]
    public void Name_before_a_noun_gives_the_whole_target(string body, string target)
    {
        var attack = ArticleBody.Events<Attack>(body, Published).Should().ContainSingle().Subject;
        attack.Targets.Select(t => t.Text).Should().Equal(target);
    }
}
