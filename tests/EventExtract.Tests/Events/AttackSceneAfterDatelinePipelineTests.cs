using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// An attack whose sentence names no place took place at the scene set by the sentence before, also when that sentence
/// opens the story after a dateline (whose commas are no clause breaks). Sentences invented for these tests.
/// </summary>
public class AttackSceneAfterDatelinePipelineTests
{
    private static readonly DateOnly Published = new(2024, 5, 14);

    [Fact]
    public void The_scene_past_a_dateline_places_the_next_sentences_attack()
    {
        var attack = ArticleBody.ArticleEvents<Attack>(
            "Six bodies found\n\nISLAMABAD, May 13 (AP) - The bodies of six men were found near Peshawar on Monday. They had been shot in the head, officials said.",
            Published).Should().ContainSingle().Subject;

        attack.Location!.Name.Should().Be("Peshawar");
    }
}
