using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>"was shot dead by his bodyguard": a person close to the victim, as the passive agent, is the attacker (made-up sentences, whole pipeline).</summary>
public class AttackCloseAgentNounTests
{
    [Theory]
    [InlineData("The governor of Talvia was shot dead by his bodyguard on Friday.", "bodyguard")]
    [InlineData("A woman was stabbed by her boyfriend in the city on Sunday, police said.", "boyfriend")]
    public void The_passive_agent_is_the_attacker(string text, string agent) =>
        ArticleBody.Events<Attack>(text, new DateOnly(2024, 4, 20))
            .Should().ContainSingle().Which.Attackers.Select(a => a.Text).Should().ContainSingle().Which.Should().Contain(agent);
}
