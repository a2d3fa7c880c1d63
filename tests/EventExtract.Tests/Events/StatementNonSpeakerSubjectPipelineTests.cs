using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "explains" and "encourage" also say what a thing accounts for or causes: with such a thing as subject ("that
/// explains the delay", "the new pact would encourage smugglers") they report no speech; with a person or a document
/// that speaks as subject they do. Invented sentences.
/// </summary>
public class StatementNonSpeakerSubjectPipelineTests
{
    private static readonly DateOnly Published = new(2025, 6, 2);

    private static List<Statement> Statements(string body) => ArticleBody.Events<Statement>(body, Published);

    [Theory]
    [InlineData("The ferry to Velda was late again. And that explains the long queue at the harbour.", "explains")]
    [InlineData("The proposed fishing pact between Norland and Velda would encourage smugglers to move north.", "encourage")]
    [InlineData("The new border policy encourages illegal crossings.", "encourages")]
    public void A_thing_that_causes_or_accounts_for_something_makes_no_statement(string body, string trigger)
    {
        Statements(body).Should().NotContain(s => s.Mentions.Any(m => m.Trigger.Text == trigger));
    }

    [Theory]
    [InlineData("Mayor Ines Varga encouraged residents to leave the coast.", "encouraged")]
    [InlineData("Harbour master Tomas Brenner explained that the ferry had engine trouble.", "explained")]
    public void A_person_who_encourages_or_explains_makes_a_statement(string body, string trigger)
    {
        Statements(body).Should().Contain(s => s.Mentions.Any(m => m.Trigger.Text == trigger));
    }
}
