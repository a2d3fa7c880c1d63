using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "A suicide bomber killed 12 people on Monday ... Last month, a convoy was ambushed ... The government condemned the
/// cowardly attack": a bare definite attack noun after a background attack, dated before the story's own, names the
/// story's attack; a noun repeating the background attack's own ("the ambush") stays with it. Invented sentences.
/// </summary>
public class AttackBackgroundBareReferencePipelineTests
{
    private static readonly DateOnly Published = new(2024, 5, 14);

    private const string Story =
        "Bomber kills 12\n\n" +
        "A suicide bomber blew himself up in a crowded market in the town of Kandar on Monday, killing 12 people, police said.\n\n" +
        "Last month, a convoy was ambushed near the border, and four soldiers died.\n\n";

    private static IReadOnlyList<Attack> Attacks(string last) => ArticleBody.ArticleEvents<Attack>(Story + last, Published);

    private static Attack WithMention(IReadOnlyList<Attack> attacks, string trigger) =>
        attacks.Should().ContainSingle(a => a.Mentions.Any(m => m.Trigger.Text == trigger)).Subject;

    [Fact]
    public void A_condemned_bare_attack_is_the_story_s_attack()
    {
        var attacks = Attacks("The government condemned the \"cowardly attack\" and vowed to find those responsible.");

        WithMention(attacks, "attack").Mentions.Should().Contain(m => m.Trigger.Text == "blew himself up");
    }

    [Fact]
    public void A_noun_repeating_the_background_attack_stays_with_it()
    {
        var attacks = Attacks("The government condemned the ambush.");

        WithMention(attacks, "ambush").Mentions.Should().Contain(m => m.Trigger.Text == "ambushed");
    }
}
