using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>"a trader they took hostage": the noun before the pronoun subject of an attack verb with no object is its target.</summary>
public class AttackContactRelativeTargetPipelineTests
{
    private static readonly DateOnly Published = new(2025, 3, 6);

    [Fact]
    public void The_noun_before_they_took_hostage_is_the_target()
    {
        var attack = ArticleBody.Events<Attack>("Kidnappers freed a trader they took hostage in Enugu last week, police said.", Published)
            .Should().ContainSingle().Subject;
        attack.Targets.Select(t => t.Text).Should().Contain("a trader");
    }

    [Fact]
    public void A_verb_with_its_own_object_keeps_it()
    {
        var attack = ArticleBody.Events<Attack>("Villagers said the militia they fear shelled a school in Kidal on Monday.", Published)
            .Should().ContainSingle().Subject;
        attack.Targets.Select(t => t.Text).Should().Contain("a school");
    }
}
