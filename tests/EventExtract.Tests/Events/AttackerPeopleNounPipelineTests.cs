using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>A people noun that is never a verb stays a noun after a nationality name (made-up sentences, whole pipeline).</summary>
public class AttackerPeopleNounPipelineTests
{
    [Fact]
    public void Serb_gunmen_in_a_by_phrase_are_the_attackers() =>
        ArticleBody.Events<Attack>(
            "Last month, a police officer was killed in an ambush by Serb gunmen near the village of Banjska.",
            new DateOnly(2024, 10, 21))
            .Should().ContainSingle().Which.Attackers.Select(a => a.Text).Should().Equal("Serb gunmen");
}
