using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// A name of one word is a surname in news copy ("Lula said"), so its reading as someone's first name (Lula,
/// Madison) does not stop "he" or "she" from standing for it; a family name written first ("Xi" of "Xi Jinping") is a
/// short name too. Sentences invented for these tests.
/// </summary>
public class SpeakerLoneNamePipelineTests
{
    private static readonly DateOnly Published = new(2024, 3, 5);

    [Theory]
    [InlineData("Lula said federal police would be sent to the region. \"Nobody is above the law,\" he said.", "Lula")]
    public void He_after_a_lone_surname_that_is_also_a_womans_first_name_stands_for_it(string body, string speaker)
    {
        var statements = ArticleBody.Events<Statement>(body, Published);

        statements.Should().HaveCount(2);
        statements.Should().OnlyContain(s => s.Speakers.Count == 1 && s.Speakers[0].Text == speaker);
    }

    [Fact]
    public void A_family_name_written_first_is_the_short_name_of_the_person_named_in_full()
    {
        var told = ArticleBody.Events<Statement>(
            "Chinese President Xi Jinping received the Kenyan president in Beijing on Monday.\n\n"
            + "Xi told his guest that the two countries were old friends.", Published).Should().ContainSingle().Subject;

        told.Speakers.Should().ContainSingle().Which.Canonical.Should().Be("Xi Jinping");
    }
}
