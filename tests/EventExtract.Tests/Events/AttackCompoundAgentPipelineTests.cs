using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>"shot by a police officer", "by an off-duty soldier": the whole unnamed agent of a passive attack verb is the attacker (made-up sentences, whole pipeline).</summary>
public class AttackCompoundAgentPipelineTests
{
    private static readonly DateOnly Published = new(2024, 5, 1);

    [Theory]
    [InlineData("The student was shot dead on Tuesday by a police officer outside a bar in Lyon.", "a police officer")]
    [InlineData("The consul was shot dead on Monday by an off-duty soldier at a hotel in Tunis.", "an off-duty soldier")]
    public void The_agent_phrase_is_the_attacker(string body, string attacker) =>
        ArticleBody.Events<Attack>(body, Published).Should().ContainSingle().Which.Attackers.Select(a => a.Text).Should().Equal(attacker);
}
