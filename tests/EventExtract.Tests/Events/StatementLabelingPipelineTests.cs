using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// Whole-pipeline statements made by labelling something: "X called the plan ``a disaster''", "branded her rival a
/// coward" are the subject's verdict, while "a firm called Brightline", "called a snap election", "called himself a
/// reformer" and "so-called" say nothing. Invented sentences.
/// </summary>
public class StatementLabelingPipelineTests
{
    private static readonly DateOnly Published = new(2026, 3, 10);

    private static List<Statement> Statements(string body) => ArticleBody.Events<Statement>(body, Published);

    [Theory]
    [InlineData("The mayor of Riverton called the new parking plan \"a disaster for small shops\" on Monday.", "called", "The mayor")]
    [InlineData("Senator Ada Pike branded her rival a coward.", "branded", "Ada Pike")]
    [InlineData("Governor Lena Ruiz called the ferry operators dishonest.", "called", "Lena Ruiz")]
    [InlineData("Until Friday, the coroner had not called the drowning a crime.", "called", "the coroner")]
    public void A_label_after_the_object_is_the_subjects_statement(string body, string trigger, string speaker)
    {
        var statement = Statements(body).Should().ContainSingle().Subject;

        statement.Trigger.Text.Should().Be(trigger);
        statement.Speakers.Select(s => s.Text).Should().Contain(speaker);
    }

    [Fact]
    public void A_label_whose_object_stands_before_the_subject_is_a_statement()
    {
        var statement = Statements("Minister Omar Haddad defended the harbour project, which critics called a waste of money.")
            .Should().ContainSingle(s => s.Trigger.Text == "called").Subject;

        statement.Speakers.Select(s => s.Text).Should().Contain("critics");
    }

    [Theory]
    [InlineData("The firm sold its software through a subsidiary called Brightline.")]
    [InlineData("The premier called a snap election for June.")]
    [InlineData("A man who called himself a reformer ran the port for a decade.")]
    [InlineData("Riverton's so-called green belt shrank again.")]
    [InlineData("Police called the victim's family on Tuesday.")]
    [InlineData("The head of the guild is called the warden.")]
    public void Naming_convening_and_calling_someone_are_no_statements(string body)
    {
        Statements(body).Should().NotContain(s => s.Trigger.Text.Contains("call", StringComparison.OrdinalIgnoreCase));
    }
}
