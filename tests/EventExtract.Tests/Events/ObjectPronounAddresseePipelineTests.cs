using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "Hussein told him that …": an object pronoun never stands for the subject of its own clause, so it resolves to
/// the person named before that subject; the subject of another clause stays a candidate. Sentences invented for
/// these tests.
/// </summary>
public class ObjectPronounAddresseePipelineTests
{
    private static readonly DateOnly Published = new(2024, 5, 1);

    [Fact]
    public void The_pronoun_after_the_speaker_stands_for_the_person_named_before()
    {
        var statement = ArticleBody.Events<Statement>(
            "President Tom Garrett met King Faisal on Thursday. Faisal told him that Jordan would close the port.", Published)
            .Should().ContainSingle().Subject;

        statement.Addressees.Should().ContainSingle().Which.Text.Should().Contain("Garrett");
    }

    [Fact]
    public void The_subject_of_another_clause_is_still_whom_the_pronoun_means()
    {
        var statement = ArticleBody.Events<Statement>(
            "Karim Nadir rejected the offer as his fellow ministers urged him to stay.", Published)
            .Should().ContainSingle(e => e.Mentions.Any(m => m.Trigger.Text == "urged")).Subject;

        statement.Addressees.Should().ContainSingle().Which.Text.Should().Be("Karim Nadir");
    }
}
