using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>"A Leeds man was charged on Monday with stabbing …": the unnamed person charged is the attacker, a date between the charge and its preposition or not (made-up sentences, whole pipeline).</summary>
public class AttackUnnamedAccusedPipelineTests
{
    private static readonly DateOnly Published = new(2024, 5, 1);

    [Theory]
    [InlineData("A Leeds man was charged on Monday with stabbing a taxi driver outside the station.", "A Leeds man")]
    [InlineData("A former soldier was convicted of shooting a farmer near Ennis two years ago.", "A former soldier")]
    public void The_person_charged_is_the_attacker(string body, string attacker) =>
        ArticleBody.Events<Attack>(body, Published).Should().ContainSingle().Which.Attackers.Select(a => a.Text).Should().Equal(attacker);
}
