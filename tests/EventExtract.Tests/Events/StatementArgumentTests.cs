using EventExtract.Events;
using EventExtract.Places;

namespace EventExtract.Tests.Events;

public class StatementArgumentTests
{
    private static readonly DateOnly Published = new(2022, 2, 10);

    [Fact]
    public void Said_that_gives_speaker_and_content()
    {
        var events = new TestDocument("The Kenyan ministry said that talks with Uganda would resume in March.", Published)
            .Actor("Kenyan ministry", ActorKind.Organization, "KE")
            .Country("Uganda", "UG")
            .Trigger("said", EventType.Statement)
            .Find();

        var statement = (Statement)events.Should().ContainSingle().Subject;
        statement.Speakers.Select(s => s.Text).Should().Equal("Kenyan ministry");
        statement.Content.Should().Be("talks with Uganda would resume in March");
        statement.Quote.Should().BeNull();
    }

    [Fact]
    public void Called_on_x_to_y_gives_addressees_content_and_quote()
    {
        var events = new TestDocument("France and Germany called on Serbia and Kosovo to “return to the table without conditions.”", Published)
            .Country("France", "FR").Country("Germany", "DE").Country("Serbia", "RS").Country("Kosovo", "XK")
            .Trigger("called on", EventType.Statement)
            .Find();

        var statement = (Statement)events.Should().ContainSingle().Subject;
        statement.Speakers.Select(s => s.CountryCode).Should().Equal("FR", "DE");
        statement.Addressees.Select(s => s.CountryCode).Should().Equal("RS", "XK");
        statement.Quote.Should().Be("return to the table without conditions");
        statement.Content.Should().Be("return to the table without conditions");
    }

    [Fact]
    public void Speaker_after_the_verb_and_content_before_it()
    {
        var events = new TestDocument("The ceasefire is holding, said Maria Lopez.", Published)
            .Actor("Maria Lopez", ActorKind.Person, "CO")
            .Trigger("said", EventType.Statement)
            .Find();

        var statement = (Statement)events.Should().ContainSingle().Subject;
        statement.Speakers.Select(s => s.Text).Should().Equal("Maria Lopez");
        statement.Content.Should().Be("The ceasefire is holding");
    }

    [Fact]
    public void According_to_x_names_the_speaker()
    {
        var events = new TestDocument("According to Reuters, the border was closed overnight.", Published)
            .Actor("Reuters", ActorKind.Organization)
            .Trigger("According to", EventType.Statement)
            .Find();

        var statement = (Statement)events.Should().ContainSingle().Subject;
        statement.Speakers.Select(s => s.Text).Should().Equal("Reuters");
        statement.Content.Should().Be("the border was closed overnight");
    }

    [Fact]
    public void Participants_resolve_to_the_last_meeting_and_a_joint_statement_speaks_for_it()
    {
        var events = new TestDocument(
                "Chile and Peru met in Lima. A joint statement said that participants reiterated the need for calm.", Published)
            .Country("Chile", "CL").Country("Peru", "PE").Place("Lima", "PE")
            .Trigger("met", EventType.Meeting)
            .Trigger("statement said", EventType.Statement)
            .Trigger("reiterated", EventType.Statement)
            .Find();

        var statements = events.OfType<Statement>().ToList();
        statements.Should().HaveCount(2);
        statements[0].Speakers.Select(s => s.CountryCode).Should().BeEquivalentTo("CL", "PE");
        statements[0].Content.Should().Be("participants reiterated the need for calm");
        statements[1].Speakers.Select(s => s.CountryCode).Should().BeEquivalentTo("CL", "PE");
        statements[1].Content.Should().Be("the need for calm");
    }
}
