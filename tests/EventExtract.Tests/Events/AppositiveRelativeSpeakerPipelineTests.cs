using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "NetChoice, a trade group that challenged the law, welcomed the ruling": the subject before an appositive with a
/// "that" clause speaks, not the object after the verb; "free speech" inside a quoted label is no speech act.
/// Sentences invented for these tests.
/// </summary>
public class AppositiveRelativeSpeakerPipelineTests
{
    private static readonly DateOnly Published = new(2024, 7, 1);

    [Fact]
    public void The_name_before_an_appositive_with_a_that_clause_speaks()
    {
        var statement = ArticleBody.Events<Statement>(
            "NetChoice, a trade group that challenged the law, welcomed the ruling.", Published).Should().ContainSingle().Subject;

        statement.Speakers.Should().ContainSingle().Which.Text.Should().Be("NetChoice");
    }

    [Fact]
    public void Free_speech_in_a_quoted_label_is_no_speech()
    {
        var statement = ArticleBody.Events<Statement>(
            "Its president, Steve Dale, called it \"a victory for free speech.\"", Published).Should().ContainSingle().Subject;

        statement.Mentions.Should().ContainSingle().Which.Trigger.Text.Should().Be("called");
    }
}
