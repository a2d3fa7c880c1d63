using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// Whole-pipeline addressees and speakers of statements that no "to" phrase or named subject gives: the party asked
/// "from", the party called on "for … to" act, a named party criticized, one written to "that", an object pronoun, and
/// unnamed subjects past a negation or a participle. Invented sentences.
/// </summary>
public class StatementAddresseeObjectPipelineTests
{
    private static readonly DateOnly Published = new(2026, 5, 12);

    private static Statement With(string body, string trigger) => ArticleBody.StatementWithTrigger("Flood relief\n\n" + body, Published, trigger);

    [Fact]
    public void Who_is_asked_for_money_is_the_addressee()
    {
        var statement = With("Senator Alma Ruiz requested $50 million from the legislature for flood relief.", "requested");

        statement.Speakers.Should().ContainSingle().Which.Text.Should().Be("Alma Ruiz");
        statement.Addressees.Should().ContainSingle().Which.Text.Should().Be("the legislature");
    }

    [Fact]
    public void Who_is_asked_right_after_the_request_is_the_addressee_not_a_speaker()
    {
        var statement = With("The county requested aid from Governor Tom Becker on Monday.", "requested");

        statement.Speakers.Select(a => a.Text).Should().NotContain(t => t.Contains("Becker"));
        statement.Addressees.Should().ContainSingle().Which.Text.Should().EndWith("Tom Becker");
    }

    [Fact]
    public void The_party_called_on_to_act_is_the_addressee()
    {
        var statement = With("The union called for Harmon Steel to reopen the plant.", "called for");

        statement.Addressees.Should().ContainSingle().Which.Text.Should().Be("Harmon Steel");
    }

    [Fact]
    public void A_named_party_criticized_is_the_addressee_but_a_plan_is_not()
    {
        With("Maria Lopez criticized Harmon Steel for the delays.", "criticized")
            .Addressees.Should().ContainSingle().Which.Text.Should().Be("Harmon Steel");
        With("Maria Lopez criticized the plan for the delays.", "criticized").Addressees.Should().BeEmpty();
    }

    [Fact]
    public void The_one_written_to_that_is_the_addressee()
    {
        var statement = With("The governor wrote the mayor that the bridge would close.", "wrote");

        statement.Addressees.Should().ContainSingle().Which.Text.Should().Be("the mayor");
    }

    [Fact]
    public void An_object_pronoun_stands_for_the_person_named_before()
    {
        var statement = With("The residents met Mayor Tom Becker on Friday. The tenants' association later urged him to resign.", "urged");

        statement.Addressees.Should().ContainSingle().Which.Text.Should().EndWith("Tom Becker");
    }

    [Fact]
    public void A_possessive_her_before_a_noun_is_no_pronoun_addressee()
    {
        var statement = With("Maria Lopez visited the site. The contractor told her staff that the work would end soon.", "told");

        statement.Addressees.Select(a => a.Text).Should().NotContain(t => t.Contains("Lopez"));
    }

    [Fact]
    public void An_unnamed_subject_past_a_negation_speaks_for_a_coordinated_verb()
    {
        var statement = With("Investigators would not divulge the evidence but said the fire had started in the kitchen.", "said");

        statement.Speakers.Should().ContainSingle().Which.Text.Should().Be("Investigators");
    }

    [Fact]
    public void A_participle_inside_the_subject_phrase_does_not_cut_it()
    {
        var statement = With("The owner of the flooded bakery said the damage was severe.", "said");

        statement.Speakers.Should().ContainSingle().Which.Text.Should().Be("The owner of the flooded bakery");
    }

    [Fact]
    public void A_workplace_phrase_stays_with_the_unnamed_speaker()
    {
        var statement = With("Engineers at the plant said the pumps had failed.", "said");

        statement.Speakers.Should().ContainSingle().Which.Text.Should().Be("Engineers at the plant");
    }

    [Fact]
    public void The_author_of_a_prepared_report_speaks_after_according_to()
    {
        var statement = With("According to a report prepared by the Harbor Safety Board, the pier was unsafe.", "According to");

        statement.Speakers.Should().ContainSingle().Which.Text.Should().EndWith("Harbor Safety Board");
    }

    [Fact]
    public void A_subject_pronoun_does_not_stand_for_an_object_of_its_own_sentence()
    {
        var statement = With("The storm knocked Tom Becker to the ground, he said.", "said");

        statement.Speakers.Select(a => a.Text).Should().NotContain(t => t.Contains("Becker"));
    }
}
