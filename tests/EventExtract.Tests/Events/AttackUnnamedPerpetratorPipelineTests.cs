using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>"Police said a local man carried out the attack": the unnamed people subject of a perpetration verb governing the attack noun is the attacker.</summary>
public class AttackUnnamedPerpetratorPipelineTests
{
    private static readonly DateOnly Published = new(2025, 3, 6);

    [Theory]
    [InlineData("Police said a local man carried out the attack.", "a local man")]
    [InlineData("Police arrested a teenager who they said carried out the attack.", "a teenager")]
    public void Unnamed_subject_of_a_perpetration_verb_is_the_attacker(string second, string attacker)
    {
        string body = "A reporter was stabbed outside his home in Izmir on Tuesday.\n\n" + second;
        var attack = ArticleBody.Events<Attack>(body, Published).Should().ContainSingle().Subject;
        attack.Attackers.Select(a => a.Text).Should().Equal(attacker);
    }
}
