using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>Counts behind "as many as", "an estimated", "a total of" (made-up sentences, whole pipeline).</summary>
public class AttackCountAfterArticlePipelineTests
{
    private static readonly DateOnly Published = new(2023, 6, 3);

    [Theory]
    [InlineData("The army carried out an air strike on a village near Mandalay on Tuesday, killing as many as 100 people.", 100)]
    [InlineData("A car bomb killed an estimated 40 people in Kismayo on Friday.", 40)]
    [InlineData("Gunmen killed a total of 12 villagers in Katsina on Sunday.", 12)]
    [InlineData("A sniper killed a young soldier near Kharkiv on Monday.", 1)]
    public void The_count_after_the_qualifiers_is_the_number_killed(string body, int killed) =>
        ArticleBody.Events<Attack>(body, Published).Should().ContainSingle().Which.Killed.Should().Be(killed);

    [Fact]
    public void A_total_is_no_victim() =>
        ArticleBody.Events<Attack>("Gunmen killed a total of 12 villagers in Katsina on Sunday.", Published)
            .Should().ContainSingle().Which.Targets.Should().NotContain(t => t.Text == "a total");
}
