using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "Police said the attacker fled after stabbing two women": a participle after a subordinator goes on from the clause
/// the reporting verb introduces, so that clause's subject is the attacker, not the reporting party (made-up sentences,
/// whole pipeline).
/// </summary>
public class AttackReportedClauseParticiplePipelineTests
{
    [Theory]
    [InlineData("Police said the attacker fled on foot after stabbing two women in the market on Monday.", "the attacker")]
    [InlineData("Officials said that the gunmen escaped in a car after killing three guards at the bank.", "the gunmen")]
    public void The_subject_of_the_reported_clause_is_the_attacker(string text, string attacker) =>
        ArticleBody.Events<Attack>(text, new DateOnly(2024, 5, 1))
            .Should().ContainSingle().Which.Attackers.Select(a => a.Text).Should().Equal(attacker);
}
