using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// Made-up wire sentences, read by the full pipeline: a count opens its noun phrase, so a party phrase does not run back
/// over the words before it ("gunmen shot dead two policemen", with "shot" read as a noun, is an attack, not one party).
/// </summary>
public class AttackCountOpensPhrasePipelineTests
{
    private static readonly DateOnly Published = new(2026, 5, 14); // a Thursday

    private static Attack Attack(string body) => ArticleBody.Events<Attack>(body, Published).Should().ContainSingle().Subject;

    [Fact]
    public void An_attack_verb_before_a_count_is_not_swallowed_by_a_party_phrase()
    {
        var attack = Attack("In a separate incident, gunmen shot dead two policemen in Quetta late on Wednesday.");

        attack.Attackers.Select(a => a.Text).Should().Contain(t => t.Contains("gunmen", StringComparison.OrdinalIgnoreCase));
        attack.Killed.Should().Be(2);
    }

    [Fact]
    public void A_count_qualifier_stays_in_the_phrase()
    {
        var attack = Attack("Rebels attacked an army base on Wednesday, killing at least 14 soldiers.");

        attack.Killed.Should().Be(14);
        attack.Targets.Select(t => t.Text).Should().Contain(t => t.Contains("soldiers"));
    }
}
