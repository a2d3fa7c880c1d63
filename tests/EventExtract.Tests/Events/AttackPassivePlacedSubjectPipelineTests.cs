using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>"A mosque in Quetta was attacked by gunmen": a passive subject with a place phrase after its head is the target, place and all.</summary>
public class AttackPassivePlacedSubjectPipelineTests
{
    private static readonly DateOnly Published = new(2025, 3, 6);

    [Theory]
    [InlineData("A mosque in Quetta was attacked by gunmen on Friday, officials said.", "A mosque in Quetta")]
    [InlineData("A police post near Kandor was shelled overnight, officials said.", "A police post near Kandor")]
    public void Passive_subject_with_a_place_phrase_is_the_target(string body, string target)
    {
        var attack = ArticleBody.Events<Attack>(body, Published).Should().ContainSingle().Subject;
        attack.Targets.Select(t => t.Text).Should().Equal(target);
    }
}
