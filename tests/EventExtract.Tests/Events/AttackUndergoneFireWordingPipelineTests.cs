using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// News wording of armed fire told from the target's side ("came under fire") or as a mutual exchange ("traded fire"),
/// and the figurative uses of the same words that report criticism or a flood of questions.
/// </summary>
public class AttackUndergoneFireWordingPipelineTests
{
    private static readonly DateOnly Published = new(2025, 4, 8);

    [Theory]
    [InlineData("An army convoy came under fire near the border town of Zarat on Monday, the ministry said.", "An army convoy")]
    [InlineData("The army base came under mortar attack overnight near Zarat, officials said.", "The army base")]
    public void Coming_under_fire_makes_the_subject_the_target(string body, string target)
    {
        var attack = ArticleBody.Events<Attack>(body, Published).Should().ContainSingle().Subject;
        attack.Targets.Select(t => t.Text).Should().Contain(target);
        attack.Attackers.Should().BeEmpty();
    }

    [Fact]
    public void Trading_fire_is_an_exchange_with_both_sides_attacking()
    {
        const string body = "Border guards and smugglers traded fire near the village of Zarat on Sunday, officials said.";
        var attack = ArticleBody.Events<Attack>(body, Published).Should().ContainSingle().Subject;
        attack.Attackers.Should().NotBeEmpty();
    }

    [Fact]
    public void Being_bombarded_with_rockets_is_an_attack()
    {
        const string body = "The garrison town of Zarat was bombarded with rockets on Saturday, residents said.";
        ArticleBody.Events<Attack>(body, Published).Should().ContainSingle();
    }

    [Theory]
    [InlineData("The finance minister came under fire for his budget plan on Tuesday.")]
    [InlineData("The mayor came under attack from opposition councillors over the tax rise, and from critics in the press.")]
    [InlineData("The singer was bombarded with questions about her divorce on Tuesday.")]
    public void Criticism_and_a_flood_of_questions_are_no_attack(string body)
    {
        ArticleBody.Events<Attack>(body, Published).Should().BeEmpty();
    }
}
