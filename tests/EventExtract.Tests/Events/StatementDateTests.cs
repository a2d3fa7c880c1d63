using EventExtract.Events;
using EventExtract.Places;

namespace EventExtract.Tests.Events;

/// <summary>Which time expression dates a statement, and which it keeps from the events it reports.</summary>
public class StatementDateTests
{
    private static readonly DateOnly Published = new(2024, 3, 12);

    [Fact]
    public void A_reporting_verb_after_and_takes_the_date_next_to_the_first_verb()
    {
        var events = new TestDocument("Anna Kerr today rejected the plan and said the aid would continue.", Published)
            .Actor("Anna Kerr", ActorKind.Person)
            .Timex("today", "2024-03-12")
            .Trigger("said", EventType.Statement)
            .Find();

        var statement = events.OfType<Statement>().Single();
        statement.Date!.Value.Should().Be("2024-03-12");
    }

    [Fact]
    public void A_statement_made_by_way_of_the_main_act_shares_its_date()
    {
        var events = new TestDocument("Norland on Monday sought calm by promising to withdraw its troops.", Published)
            .Actor("Norland", ActorKind.Country, "NO")
            .Timex("Monday", "2024-03-11")
            .Trigger("promising", EventType.Statement)
            .Find();

        events.OfType<Statement>().Single().Date!.Value.Should().Be("2024-03-11");
    }

    [Fact]
    public void A_date_right_after_the_statement_noun_of_according_to_dates_it()
    {
        var events = new TestDocument("The bridge will close in May, according to a statement today by the ministry.", Published)
            .Actor("the ministry", ActorKind.Organization)
            .Timex("May", "2024-05")
            .Timex("today", "2024-03-12")
            .Trigger("according to", EventType.Statement)
            .Trigger("statement", EventType.Statement)
            .Find();

        events.OfType<Statement>().Single().Date!.Value.Should().Be("2024-03-12");
    }

    [Fact]
    public void A_date_after_the_reporting_verb_does_not_date_the_meeting_it_reports()
    {
        var events = new TestDocument("The envoy will visit Tula and meet the mayor, Anna Kerr said today.", Published)
            .Actor("The envoy", ActorKind.Person)
            .Actor("the mayor", ActorKind.Person)
            .Actor("Anna Kerr", ActorKind.Person)
            .Place("Tula", "RU")
            .Timex("today", "2024-03-12")
            .Trigger("meet", EventType.Meeting)
            .Trigger("said", EventType.Statement)
            .Find();

        events.OfType<Meeting>().Single().Date.Should().BeNull();
        events.OfType<Statement>().Single().Date!.Value.Should().Be("2024-03-12");
    }
}
