using EventExtract.Events;
using EventExtract.Places;
using EventExtract.Tests.Events;

namespace EventExtract.Tests.Places;

/// <summary>
/// A curated demonym row overrides a derived country alias of the same spelling: "Thai" is the adjective, so "the Thai
/// capital Bangkok" is Bangkok, not Thailand (invented sentence).
/// </summary>
public class GazetteerCuratedDemonymTests
{
    [Theory]
    [InlineData("Thai", "TH")]
    [InlineData("Togolese", "TG")]
    public void The_adjective_is_a_demonym_not_a_country_name(string spelling, string code)
    {
        var e = Gazetteer.Default.Find(spelling);

        e.Should().NotBeNull();
        e!.Sense.Should().Be(NameSense.Demonym);
        e.CountryCode.Should().Be(code);
    }

    [Fact]
    public void The_capital_named_after_the_adjective_is_the_place()
    {
        var attack = ArticleBody.Events<Attack>("A gunman opened fire at a shopping mall in the Thai capital Bangkok on Tuesday afternoon.", new DateOnly(2024, 5, 1))
            .Should().ContainSingle().Subject;

        attack.Location!.Name.Should().Be("Bangkok");
    }
}
