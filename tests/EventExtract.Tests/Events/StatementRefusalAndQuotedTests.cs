using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// Reporting phrasings of news and blogs (made-up sentences): refusals to speak, saying nothing of a reason,
/// signalling a position, and the passive "was quoted as saying".
/// </summary>
public class StatementRefusalAndQuotedTests
{
    private static readonly DateOnly Published = new(2023, 5, 12);

    private static List<Statement> Statements(string body) => ArticleBody.Events<Statement>(body, Published);

    private static Statement WithTrigger(List<Statement> statements, string trigger) =>
        statements.Single(s => s.Mentions.Any(m => m.Trigger.Text.Contains(trigger, StringComparison.Ordinal)));

    [Theory]
    [InlineData("The harbour master, Tomas Brenner, declined to discuss the cargo of the ship.", "declined")]
    [InlineData("Tomas Brenner, the harbour master, refused to provide details about the cargo.", "refused")]
    public void Refusing_to_speak_is_a_cancelled_statement(string body, string trigger)
    {
        var refusal = WithTrigger(Statements(body), trigger);
        refusal.Status.Should().Be(EventStatus.Cancelled);
    }

    [Theory]
    [InlineData("Port officials would not divulge the name of the owner.", "divulge")]
    [InlineData("The mayor of Velda won't comment on the harbour deal.", "comment")]
    [InlineData("The ministry will not say how many ships were seized.", "say")]
    public void Would_not_before_a_speech_act_is_a_cancelled_statement(string body, string trigger)
    {
        var refusal = WithTrigger(Statements(body), trigger);
        refusal.Status.Should().Be(EventStatus.Cancelled);
    }

    [Fact]
    public void A_refusal_does_not_make_the_statement_after_it_hypothetical()
    {
        var statements = Statements("Port officials would not divulge the name of the owner but said the ship would sail on Monday.");
        statements.Should().Contain(s => s.Mentions.Any(m => m.Trigger.Text == "divulge"));
        WithTrigger(statements, "said").Status.Should().Be(EventStatus.Occurred);
    }

    [Fact]
    public void Giving_no_reason_is_a_negated_statement()
    {
        var statement = WithTrigger(Statements("The football federation gave no reason for the sudden change of coach."), "gave no reason");
        statement.Status.Should().Be(EventStatus.Negated);
    }

    [Fact]
    public void Signalling_that_a_position_holds_is_a_statement()
    {
        Statements("The farmers' union has been signalling that it would accept the new water quotas.")
            .Should().Contain(s => s.Mentions.Any(m => m.Trigger.Text.StartsWith("signalling", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_passive_quoted_as_saying_is_one_statement_of_the_one_quoted()
    {
        var statements = Statements("Transport minister Clara Vidal was quoted as saying that the new bridge would open in May.");
        var statement = statements.Should().ContainSingle().Subject;
        statement.Mentions.Select(m => m.Trigger.Text).Should().Contain("quoted").And.Contain("saying");
        statement.Speakers.Should().Contain(a => a.Text.Contains("Clara Vidal"));
    }

    [Fact]
    public void An_agency_that_quotes_someone_as_saying_still_speaks_itself()
    {
        var statements = Statements("The Daily Courier quoted transport minister Clara Vidal as saying that the new bridge would open in May.");
        statements.Should().HaveCount(2);
    }

    [Fact]
    public void Common_noun_speakers_before_a_relative_clause_are_the_speakers()
    {
        var statement = WithTrigger(Statements("Hospital sources who spoke on the condition of anonymity said the new ward would stay closed until June."), "said");
        statement.Speakers.Select(a => a.Text).Should().Equal("Hospital sources");
    }
}
