using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "People familiar with the matter said", "A neighbor living next to the Hills said": a people noun opening the clause
/// with a modifier after it running up to the verb speaks as a whole phrase; a name or noun at the end of the modifier
/// said nothing. Sentences invented for these tests.
/// </summary>
public class PostModifiedSubjectSpeakerPipelineTests
{
    private static readonly DateOnly Published = new(2024, 5, 1);

    [Theory]
    [InlineData("People familiar with the matter said the merger was close.", "People familiar with the matter")]
    [InlineData("Sources close to Governor Ellen Marsh said she would not run again.", "Sources close to Governor Ellen Marsh")]
    [InlineData("A neighbor living next to the Hill family said the dog barked all night.", "A neighbor living next to the Hill family")]
    [InlineData("Parents whose children attend Oakwood Elementary said the bus was late again.", "Parents whose children attend Oakwood Elementary")]
    [InlineData("On Tuesday, the owner of the Silver Spoon diner told reporters that sales had fallen.", "the owner of the Silver Spoon diner")]
    [InlineData("Hotel owners in Kenya and Tanzania say bookings have held up this year.", "Hotel owners in Kenya and Tanzania")]
    [InlineData("A source close to the company, who asked not to be named, said the plant could cost $3 billion.", "A source close to the company")]
    public void The_whole_subject_phrase_speaks(string sentence, string speaker)
    {
        var statement = ArticleBody.Events<Statement>(sentence, Published).Should().ContainSingle().Subject;

        statement.Speakers.Should().ContainSingle().Which.Text.Should().Be(speaker);
    }

    [Theory]
    [InlineData("Secretary of State Laura Finch said the talks would resume.", "Laura Finch")]
    [InlineData("Residents of the town told reporters they had no water.", "Residents")]
    [InlineData("Teachers in Norland voted on a plan that parents say is unfair.", "parents")]
    public void A_titled_name_or_a_subject_found_at_its_head_stays(string sentence, string speaker)
    {
        var statement = ArticleBody.Events<Statement>(sentence, Published).Should().ContainSingle().Subject;

        statement.Speakers.Should().ContainSingle().Which.Text.Should().Be(speaker);
    }
}
