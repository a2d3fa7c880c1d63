using EventExtract.Events;
using EventExtract.Places;

namespace EventExtract.Tests.Events;

/// <summary>Speakers given by a pronoun, by a verb coordinated with an earlier one, or by a name the recognizer mistyped.</summary>
public class SpeakerResolutionTests
{
    private static readonly DateOnly Published = new(2024, 3, 12);

    private static Statement StatementAt(IReadOnlyList<ExtractedEvent> events, string trigger) =>
        events.OfType<Statement>().Single(e => e.Mentions.Any(m => m.Trigger.Text == trigger));

    [Fact]
    public void A_pronoun_speaker_after_a_quote_is_not_a_name_inside_the_quote()
    {
        var events = new TestDocument("Nora Vance arrived in Tula. \"We thank the Danes and the Finns,\" she told reporters.", Published)
            .Actor("Nora Vance", ActorKind.Person)
            .Actor("Danes", ActorKind.Other)
            .Actor("Finns", ActorKind.Other)
            .Trigger("told", EventType.Statement)
            .Find();

        StatementAt(events, "told").Speakers.Select(s => s.Text).Should().Equal("Nora Vance");
    }

    [Fact]
    public void She_skips_a_man_named_more_recently()
    {
        var events = new TestDocument("Helen Marsh met Prince Dorn in Tula. Helen Marsh thanked Prince Dorn. \"The road will reopen,\" she said.", Published)
            .Actor("Helen Marsh", ActorKind.Person, canonical: "Helen Marsh")
            .Actor("Helen Marsh", ActorKind.Person, canonical: "Helen Marsh", nth: 1)
            .Actor("Dorn", ActorKind.Person)
            .Actor("Dorn", ActorKind.Person, nth: 1)
            .Trigger("said", EventType.Statement)
            .Find();

        StatementAt(events, "said").Speakers.Select(s => s.Text).Should().Equal("Helen Marsh");
    }

    [Fact]
    public void He_skips_a_woman_by_her_first_name()
    {
        var events = new TestDocument("Peter Holm greeted Janet Reyes. \"We will build it,\" he said.", Published)
            .Actor("Peter Holm", ActorKind.Person)
            .Actor("Janet Reyes", ActorKind.Person)
            .Trigger("said", EventType.Statement)
            .Find();

        StatementAt(events, "said").Speakers.Select(s => s.Text).Should().Equal("Peter Holm");
    }

    [Fact]
    public void A_pronoun_prefers_the_reporting_subject_to_a_person_in_what_was_reported()
    {
        var events = new TestDocument(
                "Carl Brandt arrived on Monday. He said he had no evidence against Victor Lund. \"We keep looking,\" he said.", Published)
            .Actor("Carl Brandt", ActorKind.Person)
            .Actor("Victor Lund", ActorKind.Person)
            .Trigger("said", EventType.Statement)
            .Trigger("said", EventType.Statement, nth: 1)
            .Find();

        var last = events.OfType<Statement>().OrderBy(e => e.Trigger.Span.Start).Last();
        last.Speakers.Select(s => s.Text).Should().Equal("Carl Brandt");
    }

    [Fact]
    public void She_may_stand_for_a_name_taken_for_an_organization_when_its_first_name_is_female()
    {
        var events = new TestDocument("Deputy Minister Margaret Olsen landed in Tula. \"We are here to help,\" she told workers.", Published)
            .Actor("Deputy Minister Margaret Olsen", ActorKind.Organization)
            .Trigger("told", EventType.Statement)
            .Find();

        StatementAt(events, "told").Speakers.Select(s => s.Text).Should().Equal("Deputy Minister Margaret Olsen");
    }

    [Fact]
    public void A_verb_coordinated_with_the_first_verb_shares_its_subject()
    {
        var events = new TestDocument("Anna Kerr told the ministers the people of Norland share the grief of the Danes and said the aid would continue.", Published)
            .Actor("Anna Kerr", ActorKind.Person)
            .Actor("people of Norland", ActorKind.Other)
            .Actor("Danes", ActorKind.Other)
            .Trigger("told", EventType.Statement)
            .Trigger("said", EventType.Statement)
            .Find();

        StatementAt(events, "said").Speakers.Select(s => s.Text).Should().Equal("Anna Kerr");
    }

    [Fact]
    public void A_participle_in_a_fronted_phrase_is_not_the_first_verb()
    {
        var statement = ArticleBody.Events<Statement>(
            "In a televised address on Monday, Anna Kerr said Norland had nothing to do with the attack and called the gunmen \"common criminals\".", Published)
            .Should().ContainSingle(e => e.Mentions.Any(m => m.Trigger.Text == "called")).Subject;

        statement.Speakers.Select(s => s.Text).Should().Equal("Anna Kerr");
    }

    [Fact]
    public void A_relative_pronoun_subject_is_the_phrase_before_it()
    {
        var events = new TestDocument("The plan was welcomed by the opposition, which called on the cabinet to publish it.", Published)
            .Trigger("called on", EventType.Statement)
            .Find();

        events.OfType<Statement>().Single().Speakers.Select(s => s.Text).Should().Equal("the opposition");
    }

    [Fact]
    public void A_date_between_an_unnamed_subject_and_its_verb_does_not_hide_the_subject()
    {
        var events = new TestDocument("A rebel group on Sunday claimed the raid.", Published)
            .Timex("Sunday", "2024-03-10")
            .Trigger("claimed", EventType.Statement)
            .Find();

        events.OfType<Statement>().Single().Speakers.Select(s => s.Text).Should().Equal("A rebel group");
    }

    [Fact]
    public void The_subject_of_an_issuing_verb_speaks_the_statement_noun()
    {
        var events = new TestDocument("The union issued a statement on its website.", Published)
            .Trigger("statement", EventType.Statement)
            .Find();

        events.OfType<Statement>().Single().Speakers.Select(s => s.Text).Should().Equal("The union");
    }

    [Fact]
    public void A_reacting_verb_does_not_make_its_subject_the_speaker_of_an_unnamed_statement()
    {
        var events = new TestDocument("The union welcomed the statement.", Published)
            .Trigger("statement", EventType.Statement)
            .Find();

        events.OfType<Statement>().Single().Speakers.Should().BeEmpty();
    }

    [Fact]
    public void The_object_of_warning_is_the_addressee()
    {
        var events = new TestDocument("Anna Kerr backed the plan, warning Norland that the border would stay shut.", Published)
            .Actor("Anna Kerr", ActorKind.Person)
            .Actor("Norland", ActorKind.Country, "NO")
            .Trigger("warning", EventType.Statement)
            .Find();

        events.OfType<Statement>().Single().Addressees.Select(s => s.Text).Should().Equal("Norland");
    }

    [Fact]
    public void An_unnamed_interviewer_is_the_addressee()
    {
        var events = new TestDocument("In an interview with a local radio station, Anna Kerr said the border would reopen.", Published)
            .Actor("Anna Kerr", ActorKind.Person)
            .Trigger("said", EventType.Statement)
            .Find();

        events.OfType<Statement>().Single().Addressees.Select(s => s.Text).Should().Equal("a local radio station");
    }

    [Fact]
    public void A_role_word_tagged_as_an_adjective_after_a_comma_is_the_speaker_not_a_name_before()
    {
        var events = new TestDocument("Victor Lund left the city in May, the chief said.", Published)
            .Actor("Victor Lund", ActorKind.Person)
            .Trigger("said", EventType.Statement)
            .Find();

        events.OfType<Statement>().Single().Speakers.Select(s => s.Text).Should().Equal("the chief");
    }

    [Fact]
    public void An_unnamed_phrase_joined_to_a_recognized_party_speaks_too()
    {
        var events = new TestDocument("The toll has risen to twelve, hospital officials and aid workers said.", Published)
            .Actor("hospital officials", ActorKind.Group)
            .Trigger("said", EventType.Statement)
            .Find();

        events.OfType<Statement>().Single().Speakers.Select(s => s.Text).Should().Equal("hospital officials", "aid workers");
    }

    [Fact]
    public void State_as_a_noun_is_no_statement()
    {
        var events = new TestDocument("He was charged in state courts with fraud.", Published)
            .Trigger("state", EventType.Statement)
            .Find();

        events.OfType<Statement>().Should().BeEmpty();
    }

    [Fact]
    public void Declared_dead_is_no_statement()
    {
        var events = new TestDocument("An hour later he was declared dead at the hospital.", Published)
            .Trigger("declared", EventType.Statement)
            .Find();

        events.OfType<Statement>().Should().BeEmpty();
    }

    [Fact]
    public void A_pronoun_speaker_is_the_subject_of_the_sentence_before_not_an_object_in_its_aside()
    {
        var told = ArticleBody.StatementWithTrigger("Port strike\n\nForeign Minister Ana Ruiz, echoing the president, said the port would reopen.\n\n"
            + "\"We will not give up,\" she said.\n\n\"We will not give up,\" she told reporters on Monday.", Published, "told");

        told.Speakers.Select(s => s.Text).Should().Equal("Ana Ruiz");
    }
}
