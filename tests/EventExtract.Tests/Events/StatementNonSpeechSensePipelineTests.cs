using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// Reporting verbs that report no new speech act in the whole pipeline (made-up sentences): the writer's own "I asked",
/// a quoted speaker's own earlier "I told you", "tell" in the sense of knowing, hearsay "is said to", and "encouraged"
/// with an activity as its object. Each has a twin where the same verb does report speech.
/// </summary>
public class StatementNonSpeechSensePipelineTests
{
    private static readonly DateOnly Published = new(2023, 5, 12);

    private static bool HasStatement(string body, string trigger) =>
        ArticleBody.Events<Statement>(body, Published).Any(s => s.Mentions.Any(m => m.Trigger.Text == trigger));

    [Theory]
    [InlineData("I asked the ferryman what he thought of the new bridge over the river.", "asked")]
    [InlineData("I can't tell you how tired the volunteers looked after the flood.", "tell")]
    [InlineData("\"I told you the dam would hold,\" the engineer Rosa Bell said on Friday.", "told")]
    public void A_first_person_subject_is_no_new_speaker(string body, string trigger) =>
        HasStatement(body, trigger).Should().BeFalse();

    [Fact]
    public void A_named_subject_of_the_same_verb_is_a_speaker()
    {
        var statement = ArticleBody.Events<Statement>("The mayor Rosa Bell asked the ferryman what he thought of the new bridge.", Published)
            .Single(s => s.Mentions.Any(m => m.Trigger.Text == "asked"));
        statement.Speakers.Select(a => a.Text).Should().ContainSingle().Which.Should().Contain("Rosa Bell");
    }

    [Fact]
    public void A_lower_case_i_is_a_name_not_the_writer() =>
        HasStatement("The council will review every bid, with the i reporting that no bid will be refused.", "reporting").Should().BeTrue();

    [Theory]
    [InlineData("The farmers couldn't tell when the river would rise again.")]
    [InlineData("It is too early to tell whether the harvest will recover.")]
    [InlineData("Few buyers can tell the difference between the two cheeses.")]
    public void Tell_in_the_sense_of_knowing_is_no_statement(string body) =>
        HasStatement(body, "tell").Should().BeFalse();

    [Fact]
    public void Tell_with_an_addressee_before_a_when_clause_is_a_statement() =>
        HasStatement("The mayor Rosa Bell told reporters when the bridge would reopen.", "told").Should().BeTrue();

    [Fact]
    public void Hearsay_is_said_to_has_no_speaker() =>
        HasStatement("The ferry company is now said to have withdrawn its bid for the port.", "said").Should().BeFalse();

    [Fact]
    public void Said_with_a_by_agent_stays_a_statement() =>
        HasStatement("The ferry company was said by the mayor Rosa Bell to have withdrawn its bid.", "said").Should().BeTrue();

    [Theory]
    [InlineData("The collapse of the ceasefire has encouraged bombings in the border towns.")]
    [InlineData("Cheap loans encouraged investment in the northern ports.")]
    public void Encouraged_with_an_activity_object_is_no_statement(string body) =>
        HasStatement(body, "encouraged").Should().BeFalse();

    [Fact]
    public void Encouraged_a_party_to_act_is_a_statement() =>
        HasStatement("The mayor Rosa Bell encouraged the fishermen to return to the harbour.", "encouraged").Should().BeTrue();
}
