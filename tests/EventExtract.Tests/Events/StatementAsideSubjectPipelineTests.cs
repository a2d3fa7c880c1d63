using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// Whole-pipeline speakers and statuses when a comma-delimited aside or a coordinated verb stands between the subject
/// and "said": the aside's relative clause ("whose firm …", "a consultant who does not …") neither hides the subject
/// nor lends its negation, and "would not discuss … but said" is a statement made. Invented sentences.
/// </summary>
public class StatementAsideSubjectPipelineTests
{
    private static readonly DateOnly Published = new(2026, 5, 12);

    private static Statement Said(string text, string trigger = "said") => ArticleBody.StatementWithTrigger("Port strike\n\n" + text, Published, trigger);

    [Fact]
    public void A_whose_clause_between_the_name_and_said_leaves_the_name_as_speaker()
    {
        var statement = Said("Ahmed Karimi, whose firm has shipped grain through the port for 20 years, said the strike had cost him two contracts.");

        statement.Speakers.Select(s => s.Text).Should().Equal("Ahmed Karimi");
        statement.Status.Should().Be(EventStatus.Occurred);
    }

    [Fact]
    public void A_negated_relative_clause_in_an_appositive_does_not_negate_the_statement()
    {
        var statement = Said("Lena Vogt, a shipping analyst who does not advise either side, said the dispute could last weeks.");

        statement.Speakers.Select(s => s.Text).Should().Equal("Lena Vogt");
        statement.Status.Should().Be(EventStatus.Occurred);
    }

    [Fact]
    public void Said_after_a_refusal_joined_by_but_is_a_statement_made()
    {
        var statement = Said("Dock workers would not discuss the offer but said they were ready to talk.");

        statement.Status.Should().Be(EventStatus.Occurred);
    }

    [Theory]
    [InlineData("The harbour master, asked about the offer, did not say that the cranes would move.", "say", "The harbour master")]
    [InlineData("The owners, however, have not commented on the offer.", "commented", "The owners")]
    public void A_negation_in_the_verbs_own_clause_still_counts_and_the_aside_keeps_the_subject(string text, string trigger, string speaker)
    {
        var statement = Said(text, trigger);

        statement.Status.Should().Be(EventStatus.Negated);
        statement.Speakers.Select(s => s.Text).Should().Equal(speaker);
    }

    [Fact]
    public void The_subject_of_was_quoted_by_media_as_saying_is_the_speaker()
    {
        var statement = Said("A senior port official who saw the contracts was quoted by local media as saying that the owners had refused to negotiate.", "saying");

        statement.Speakers.Select(s => s.Text).Should().Equal("A senior port official");
    }

    [Fact]
    public void An_inverted_list_of_speakers_after_say_keeps_both()
    {
        var statement = Said("The strike has become an issue in the mayoral race, say local analysts and some union officials.", "say");

        statement.Speakers.Select(s => s.Text).Should().Equal("local analysts", "some union officials");
    }

    [Fact]
    public void The_objects_of_a_verb_after_an_aside_are_not_read_as_inverted_speakers()
    {
        var statement = Said("Most residents, however, condemned the shooting and the arson.", "condemned");

        statement.Speakers.Select(s => s.Text).Should().NotContain(new[] { "the shooting", "the arson" });
    }

    [Fact]
    public void A_participle_aside_holding_a_clause_of_its_own_leaves_the_subject_as_speaker()
    {
        var statement = Said("Two port officials, speaking on condition of anonymity because they were not authorized to talk to reporters, said the cranes had been idle for a week.");

        statement.Speakers.Select(s => s.Text).Should().Equal("Two port officials");
    }

    [Fact]
    public void Asking_not_to_be_named_is_no_statement_of_its_own()
    {
        var result = ArticleBody.Extract("A senior union official, who asked not to be named, said the strike would go on.", Published);

        result.Events.OfType<Statement>().Should().ContainSingle()
            .Which.Speakers.Select(s => s.Text).Should().Equal("A senior union official");
    }

    [Fact]
    public void A_common_noun_subject_with_an_of_phrase_before_an_adverb_aside_is_the_speaker_not_the_object()
    {
        var statement = Said("Most other opponents of the strike, however, condemned the violence.", "condemned");

        statement.Speakers.Select(s => s.Text).Should().Equal("Most other opponents of the strike");
    }

    [Fact]
    public void The_object_of_a_relative_clause_before_the_verb_is_not_the_speaker_the_phrase_it_follows_is()
    {
        var statement = Said("Residents who said they opposed the strike decried the attack on the depot.", "decried");

        statement.Speakers.Select(s => s.Text).Should().Equal("Residents");
    }

    [Fact]
    public void A_statement_aside_with_a_participle_is_one_statement_of_the_subject_dated_by_the_aside()
    {
        var statements = ArticleBody.Events<Statement>("The union, in a statement issued on Monday, said the talks had failed.", Published);

        var statement = statements.Should().ContainSingle().Subject;
        statement.Speakers.Select(s => s.Text).Should().Equal("The union");
        statement.Date!.Value.Should().Be("2026-05-11");
    }
}
