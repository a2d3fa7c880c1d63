using EventExtract.Events;
using EventExtract.Places;

namespace EventExtract.Tests.Events;

/// <summary>"the taliban attacked a police post": web text writes the best-known groups in lower case; the curated group is still the attacker (made-up sentences, whole pipeline).</summary>
public class AttackLowercaseGroupPipelineTests
{
    [Theory]
    [InlineData("the taliban attacked a police post outside the city last night.", "AF")]
    [InlineData("i heard hezbollah fired rockets at a border town yesterday.", "LB")]
    public void The_lowercase_group_is_the_attacker(string text, string country) =>
        ArticleBody.Events<Attack>(text, new DateOnly(2005, 3, 20))
            .Should().ContainSingle().Which.Attackers.Should().Contain(a => a.Kind == ActorKind.Group && a.CountryCode == country);
}
