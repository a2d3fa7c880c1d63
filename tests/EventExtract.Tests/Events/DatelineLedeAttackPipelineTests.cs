using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "LAGOS, Nigeria (AP) - Gunmen killed six worshippers at a church on Sunday": an attack with a toll told in the lede
/// that names no place of its own happened in the dateline city; one recalled further down the story keeps no place.
/// Invented stories.
/// </summary>
public class DatelineLedeAttackPipelineTests
{
    private static readonly DateOnly Published = new(2024, 5, 14);

    [Fact]
    public void A_lede_attack_with_a_toll_takes_the_dateline_city() =>
        ArticleBody.ArticleEvents<Attack>(
                "Church attack\n\nLAGOS, Nigeria (AP) - Gunmen killed six worshippers at a church on Sunday, police said.\n\n"
                + "The attackers fled on motorcycles.", Published)
            .Should().ContainSingle(a => a.Mentions.Any(m => m.Trigger.Text == "killed"))
            .Which.Location!.Name.Should().BeEquivalentTo("Lagos");

    [Fact]
    public void An_attack_recalled_later_in_the_story_takes_no_dateline_city() =>
        ArticleBody.ArticleEvents<Attack>(
                "Talks resume\n\nLAGOS, Nigeria (AP) - Union leaders and the governor met on Monday to end a strike, officials said.\n\n"
                + "The governor told reporters the talks went well.\n\n"
                + "Security was tight after gunmen killed six worshippers at a church last year.", Published)
            .Should().ContainSingle(a => a.Mentions.Any(m => m.Trigger.Text == "killed"))
            .Which.Location.Should().BeNull();
}
