using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "A gunman killed at least 30 people": the object's qualified count, not the subject's article, counts the dead or
/// wounded (made-up sentences, whole pipeline).
/// </summary>
public class AttackQualifiedObjectCountPipelineTests
{
    [Fact]
    public void The_qualified_count_after_killed_beats_the_subjects_article() =>
        ArticleBody.Events<Attack>("A gunman killed at least 30 people at a wedding hall in Kabul on Saturday.", new DateOnly(2024, 5, 1))
            .Should().ContainSingle().Which.Killed.Should().Be(30);

    [Fact]
    public void The_qualified_count_after_wounded_beats_the_subjects_article() =>
        ArticleBody.Events<Attack>("A suicide bomber wounded more than 40 people at a market in Maiduguri on Friday.", new DateOnly(2024, 5, 1))
            .Should().ContainSingle().Which.Injured.Should().Be(40);
}
