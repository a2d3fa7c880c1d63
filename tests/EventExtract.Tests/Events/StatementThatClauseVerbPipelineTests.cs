using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// Whole-pipeline speech verbs with a that-clause ("repeated that the country would not yield", "He added that China would
/// protect its sovereignty", "conceded that", "cautioned that"): each reports a statement by its subject; "repeated attacks"
/// and an imperative "Recall that …" name no speech. Speech verbs that need no that-clause ("he cautioned", "objected to the
/// plan", "voiced concern", "assured him that", "apologized", "dismissed the criticism", "defended the decision") report
/// statements too; defending a city does not. Invented sentences.
/// </summary>
public class StatementThatClauseVerbPipelineTests
{
    private static readonly DateOnly Published = new(2026, 6, 12);

    [Fact]
    public void Repeated_that_reports_a_statement_by_its_subject()
    {
        var statements = ArticleBody.Events<Statement>("The minister repeated that the country would not yield.", Published);

        statements.Should().ContainSingle().Which.Speakers.Select(s => s.Text).Should().Equal("The minister");
    }

    [Fact]
    public void Repeated_as_a_modifier_of_attacks_is_no_statement()
    {
        var events = ArticleBody.Extract("Repeated attacks on the border town have killed 12 people since March.", Published).Events;

        events.OfType<Statement>().Should().BeEmpty();
        events.OfType<Attack>().Should().ContainSingle();
    }

    [Fact]
    public void Added_that_after_a_pronoun_reports_a_statement_by_the_person_named_before()
    {
        var statements = ArticleBody.Events<Statement>("Lin Jian spoke in Beijing.\n\nHe added that China would protect its sovereignty.", Published);

        statements.Should().ContainSingle().Which.Speakers.Select(s => s.Text).Should().Equal("Lin Jian");
    }

    [Theory]
    [InlineData("conceded")]
    [InlineData("cautioned")]
    [InlineData("recalled")]
    [InlineData("hinted")]
    [InlineData("wrote")]
    public void A_speech_verb_with_a_that_clause_reports_a_statement_by_its_subject(string verb)
    {
        var statements = ArticleBody.Events<Statement>($"The finance minister {verb} that the budget would not balance this year.", Published);

        statements.Should().ContainSingle().Which.Speakers.Select(s => s.Text).Should().Equal("The finance minister");
    }

    [Fact]
    public void An_imperative_recall_that_is_no_statement()
    {
        ArticleBody.Events<Statement>("Recall that the budget did not balance last year either.", Published).Should().BeEmpty();
    }

    [Fact]
    public void Cautioned_after_a_quote_reports_a_statement_by_the_pronouns_antecedent()
    {
        var statements = ArticleBody.Events<Statement>("Dr. Ana Ruiz studies the reef.\n\n\"The data are thin,\" she cautioned.", Published);

        statements.Should().ContainSingle(s => s.Mentions.Any(m => m.Trigger.Text == "cautioned"))
            .Which.Speakers.Select(s => s.Text).Should().Equal("Ana Ruiz");
    }

    [Fact]
    public void Objected_to_a_plan_is_a_statement_whose_to_phrase_addresses_no_one()
    {
        var objected = ArticleBody.StatementWithTrigger("Port strike\n\nThe mayor objected to the port's access to the river fund.", Published, "objected");

        objected.Speakers.Select(s => s.Text).Should().Equal("The mayor");
        objected.Addressees.Should().BeEmpty();
    }

    [Theory]
    [InlineData("The union voiced concern about the new rules.", "voiced concern")]
    [InlineData("The mayor assured the dock workers that their jobs were safe.", "assured")]
    public void Voicing_concern_and_assuring_are_statements(string body, string trigger)
    {
        ArticleBody.StatementWithTrigger("Port strike\n\n" + body, Published, trigger).Status.Should().Be(EventStatus.Occurred);
    }

    [Theory]
    [InlineData("The port authority apologized for the delays.")]
    [InlineData("The mayor congratulated the dock workers on the deal.")]
    [InlineData("The union reaffirmed its support for the strike.")]
    [InlineData("The mayor dismissed the criticism as unfair.")]
    [InlineData("The mayor defended the decision to close the port.")]
    [InlineData("The union questioned whether the deal would hold.")]
    public void Stance_verbs_report_a_statement_by_their_subject(string body)
    {
        var statements = ArticleBody.Events<Statement>(body, Published);

        statements.Should().ContainSingle().Which.Speakers.Should().ContainSingle();
    }

    [Fact]
    public void Defending_a_city_is_no_statement()
    {
        ArticleBody.Events<Statement>("The militia defended the city for three days.", Published).Should().BeEmpty();
    }

    [Fact]
    public void Inviting_a_party_to_act_is_a_statement_addressed_to_it()
    {
        var invited = ArticleBody.StatementWithTrigger("Port strike\n\nThe mayor invited the dock workers to return to the table.", Published, "invited");

        invited.Speakers.Select(s => s.Text).Should().Equal("The mayor");
        invited.Addressees.Should().ContainSingle();
    }

    [Theory]
    [InlineData("Analysts speculated that the port would stay closed for weeks.", "speculated")]
    [InlineData("The mayor joked that the port had never been so quiet.", "joked that")]
    public void Speculating_and_joking_are_statements(string body, string trigger)
    {
        ArticleBody.StatementWithTrigger("Port strike\n\n" + body, Published, trigger).Speakers.Should().ContainSingle();
    }

    [Theory]
    [InlineData("In March a federal judge ruled against the union.", "ruled against", "a federal judge")]
    [InlineData("The mayor alleged Thursday that the union had lied.", "alleged Thursday", "The mayor")]
    public void Rulings_and_allegations_are_statements_of_their_subject(string body, string trigger, string speaker)
    {
        ArticleBody.StatementWithTrigger("Port strike\n\n" + body, Published, trigger).Speakers.Select(s => s.Text).Should().Equal(speaker);
    }

    [Fact]
    public void An_alleged_bomber_is_no_statement()
    {
        ArticleBody.Events<Statement>("The alleged organizer of the strike was released on bail.", Published).Should().BeEmpty();
    }

    [Fact]
    public void Continued_framing_a_quotation_is_a_statement_and_elsewhere_is_none()
    {
        var events = ArticleBody.Extract("\"We will not give up,\" Ana Ruiz said. \"The port is ours,\" she continued.\n\n"
            + "She continued: \"The port must reopen.\"\n\nThe strike continued on Monday.", Published).Events;

        var continued = events.OfType<Statement>().Where(e => e.Mentions.Any(m => m.Trigger.Text == "continued")).ToList();
        continued.Should().HaveCount(2);
        continued.Should().OnlyContain(e => e.Speakers.Select(s => s.Text).SequenceEqual(new[] { "Ana Ruiz" }));
    }
}
