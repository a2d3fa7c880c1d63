using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>"the Somali al-Shabaab": a nationality right before a named group is that country's group, one party (made-up sentences, whole pipeline).</summary>
public class AttackNationalityGroupPipelineTests
{
    [Fact]
    public void A_nationality_before_a_named_group_joins_it() =>
        ArticleBody.Events<Attack>("Police blamed the Somali al-Shabaab for the bombing of a hotel in Garissa on Monday.", new DateOnly(2024, 4, 20))
            .Should().ContainSingle().Which.Attackers.Should().ContainSingle()
            .Which.Text.Should().Be("Somali al-Shabaab");
}

/// <summary>"Militants loyal to the Islamic State group": fighters tied to a named group by an allegiance phrase are that group's party.</summary>
public class AttackAllegiancePhrasePipelineTests
{
    [Fact]
    public void Fighters_loyal_to_a_named_group_are_one_attacker_with_it() =>
        ArticleBody.Events<Attack>("Gunmen linked to the Islamic State group attacked a police post in Sinai on Monday, killing three officers.", new DateOnly(2024, 4, 20))
            .Should().ContainSingle().Which.Attackers.Should().ContainSingle()
            .Which.Text.Should().Be("Gunmen linked to the Islamic State group");
}
