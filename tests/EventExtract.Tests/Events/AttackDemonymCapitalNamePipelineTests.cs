using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>"in the Kenyan capital Nairobi": the capital named after a demonym and "capital" is the place (invented sentence, whole pipeline).</summary>
public class AttackDemonymCapitalNamePipelineTests
{
    [Fact]
    public void The_capital_named_after_a_demonym_is_the_place()
    {
        var attack = ArticleBody.Events<Attack>("A gunman opened fire at a mall in the Kenyan capital Nairobi on Tuesday.", new DateOnly(2024, 5, 1))
            .Should().ContainSingle().Subject;

        attack.Location!.Name.Should().Be("Nairobi");
        attack.Location.CountryCode.Should().Be("KE");
    }
}
