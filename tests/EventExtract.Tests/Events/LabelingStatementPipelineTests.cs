using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "X called the Y 'a label'" is X's verdict, a statement, even when the tagger reads the object noun as an
/// adjective; the words inside the label are no addressee. Sentences invented for these tests.
/// </summary>
public class LabelingStatementPipelineTests
{
    private static readonly DateOnly Published = new(2023, 8, 9);

    [Fact]
    public void A_label_in_quotes_after_an_object_the_tagger_read_as_an_adjective_is_a_statement()
    {
        var statement = ArticleBody.Events<Statement>(
            "The opposition called the unrest \"a failure of leadership\".", Published).Should().ContainSingle().Subject;

        statement.Speakers.Should().ContainSingle().Which.Text.Should().Be("The opposition");
    }

    [Fact]
    public void A_to_phrase_inside_the_quoted_label_is_no_addressee()
    {
        var statement = ArticleBody.Events<Statement>(
            "The union called the offer \"an insult to workers\".", Published).Should().ContainSingle().Subject;

        statement.Addressees.Should().BeEmpty();
    }
}
