using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "She continued" after a woman and then a man of unknown gender were named: "she" passes over him to the woman her
/// given name marks, read next to the surname, not from a title word before it ("Shadow Home Secretary").
/// Sentences invented for these tests.
/// </summary>
public class FemalePronounSpeakerPipelineTests
{
    private static readonly DateOnly Published = new(2023, 2, 7);

    [Fact]
    public void She_stands_for_the_woman_named_before_a_man_of_unknown_gender()
    {
        var statements = ArticleBody.Events<Statement>(
            "Labour's Shadow Home Secretary Yvette Marsh said her party had backed the idea for months. Prime Minister Tarun Mehta rejected the plan on Monday.\n"
            + "She continued: \"Labour has a plan to clear the backlog.\"", Published);

        statements.Should().ContainSingle(e => e.Mentions.Any(m => m.Trigger.Text == "continued"))
            .Which.Speakers.Should().ContainSingle().Which.Text.Should().Contain("Yvette Marsh");
    }
}
