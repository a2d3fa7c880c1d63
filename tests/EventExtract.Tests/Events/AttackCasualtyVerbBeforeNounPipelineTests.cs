using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>"Soldiers shot and killed a teenager during clashes": the casualty verb before the attack noun it joins keeps its subject and object (made-up sentences, whole pipeline).</summary>
public class AttackCasualtyVerbBeforeNounPipelineTests
{
    private static readonly DateOnly Published = new(2024, 5, 1);

    [Theory]
    [InlineData("Border guards shot and killed a young farmer during clashes near Tarlac on Friday.", "Border guards", "a young farmer")]
    [InlineData("Soldiers shot and killed a local trader during clashes in Goma on Friday.", "Soldiers", "a local trader")]
    public void The_subject_attacks_and_the_object_is_hit(string body, string attacker, string target)
    {
        var attack = ArticleBody.Events<Attack>(body, Published).Should().ContainSingle().Subject;
        attack.Attackers.Select(a => a.Text).Should().Contain(attacker);
        attack.Targets.Select(t => t.Text).Should().Contain(target);
    }

    [Fact]
    public void A_casualty_verb_with_no_object_keeps_the_noun_host() =>
        ArticleBody.Events<Attack>("More than 40 people have died, most of them Ugandans, since a bomb ripped through a market in Kampala on Friday.", Published)
            .SelectMany(a => a.Attackers).Should().BeEmpty();
}
