using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>"Police arrested three people after a car struck a worker": a clause after a subordinator the tagger read as a preposition has its own subject; the main clause's is no attacker (made-up sentences, whole pipeline).</summary>
public class AttackSubordinateClauseSubjectPipelineTests
{
    [Theory]
    [InlineData("Police arrested three people outside a plant in Toledo after a car struck a picketing worker.")]
    [InlineData("Police arrested three people after a man stabbed a worker.")]
    public void The_main_clause_subject_is_no_attacker(string text) =>
        ArticleBody.Events<Attack>(text, new DateOnly(2023, 9, 20))
            .Should().ContainSingle().Which.Attackers.Should().NotContain(a => a.Text == "Police");

    [Fact]
    public void A_subjectless_clause_after_a_subordinator_still_shares_the_main_subject() =>
        ArticleBody.Events<Attack>("Rebels attacked the town after shelling it for a week.", new DateOnly(2023, 9, 20))
            .Should().OnlyContain(a => a.Attackers.Any(p => p.Text == "Rebels"));
}
