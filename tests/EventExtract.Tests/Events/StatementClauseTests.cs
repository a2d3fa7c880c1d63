using EventExtract.Events;
using EventExtract.Places;

namespace EventExtract.Tests.Events;

/// <summary>Speakers, status, place and date read from a reporting verb's own clause (made-up sentences).</summary>
public class StatementClauseTests
{
    private static readonly DateOnly Published = new(2022, 2, 10);

    [Theory]
    [InlineData("“The ferry could sink,” Maria Lopez said.", EventStatus.Occurred)]
    [InlineData("Asked whether the ferry would sail, Maria Lopez said she did not know.", EventStatus.Occurred)]
    [InlineData("The port is closed, but Maria Lopez says the ferry may sail.", EventStatus.Occurred)]
    [InlineData("Maria Lopez has not said why the ferry was late.", EventStatus.Negated)]
    public void The_status_of_a_reporting_verb_comes_from_its_own_clause(string sentence, EventStatus expected)
    {
        string trigger = sentence.Contains("says") ? "says" : sentence.Contains("said") ? "said" : "say";
        var events = new TestDocument(sentence, Published)
            .Actor("Maria Lopez", ActorKind.Person)
            .Trigger(trigger, EventType.Statement)
            .Find();
        events.Should().ContainSingle().Which.Status.Should().Be(expected);
    }

    [Fact]
    public void A_participle_after_a_comma_goes_on_with_the_speaker_before_it()
    {
        var events = new TestDocument("Maria Lopez met reporters at the port. “The road is open,” she said, adding that buses would run again.", Published)
            .Actor("Maria Lopez", ActorKind.Person)
            .Trigger("said", EventType.Statement)
            .Trigger("adding", EventType.Statement)
            .Find();
        var statements = events.OfType<Statement>().ToList();
        statements.Should().HaveCount(2);
        statements.Should().AllSatisfy(s => s.Speakers.Select(a => a.Text).Should().Equal("Maria Lopez"));
    }

    [Fact]
    public void A_common_noun_subject_after_a_comma_is_the_speaker_rather_than_a_name_before_it()
    {
        var events = new TestDocument("Chile sent aid to Peru on Monday, the foreign ministry said.", Published)
            .Country("Chile", "CL").Country("Peru", "PE")
            .Trigger("said", EventType.Statement)
            .Find();
        ((Statement)events.Single()).Speakers.Select(a => a.Text).Should().Equal("the foreign ministry");
    }

    [Fact]
    public void A_speaking_aside_gives_the_statement_its_place_date_and_addressee()
    {
        var events = new TestDocument("Speaking to reporters in Lima on Monday, Maria Lopez said the road was open.", Published)
            .Actor("Maria Lopez", ActorKind.Person)
            .Place("Lima", "PE")
            .Timex("Monday", "2022-02-07")
            .Trigger("said", EventType.Statement)
            .Find();
        var statement = (Statement)events.Single();
        statement.Speakers.Select(a => a.Text).Should().Equal("Maria Lopez");
        statement.Addressees.Select(a => a.Text).Should().Equal("reporters");
        statement.Location!.Text.Should().Be("Lima");
        statement.Date!.Value.Should().Be("2022-02-07");
    }

    [Fact]
    public void Prepositional_phrases_after_the_verb_up_to_that_belong_to_the_reporting_clause()
    {
        var events = new TestDocument("Maria Lopez said at the port authority office in Lima on Monday that the road was open.", Published)
            .Actor("Maria Lopez", ActorKind.Person)
            .Place("Lima", "PE")
            .Timex("Monday", "2022-02-07")
            .Trigger("said", EventType.Statement)
            .Find();
        var statement = (Statement)events.Single();
        statement.Location!.Text.Should().Be("Lima");
        statement.Date!.Value.Should().Be("2022-02-07");
    }

    [Theory]
    [InlineData("At least seven people were reported dead after the storm.", 0)]
    [InlineData("The storm was described as the worst in decades.", 0)]
    [InlineData("The storm was described by Maria Lopez as the worst in decades.", 1)]
    public void An_agentless_passive_of_a_fact_verb_is_the_article_s_voice(string sentence, int statements)
    {
        var doc = new TestDocument(sentence, Published);
        if (sentence.Contains("Maria")) doc.Actor("Maria Lopez", ActorKind.Person);
        var events = doc.Trigger(sentence.Contains("reported") ? "reported" : "described", EventType.Statement).Find();
        events.Should().HaveCount(statements);
    }

    [Fact]
    public void A_present_first_person_speech_act_in_a_quote_is_the_quoting_statement_and_lends_its_addressee()
    {
        var events = new TestDocument("“We urge Chile to reopen the border,” Maria Lopez said.", Published)
            .Actor("Maria Lopez", ActorKind.Person)
            .Country("Chile", "CL")
            .Trigger("urge", EventType.Statement)
            .Trigger("said", EventType.Statement)
            .Find();
        var statement = (Statement)events.Should().ContainSingle().Subject;
        statement.Speakers.Select(a => a.Text).Should().Equal("Maria Lopez");
        statement.Addressees.Select(a => a.Text).Should().Equal("Chile");
    }

    [Fact]
    public void A_past_first_person_speech_act_in_a_quote_stays_its_own_statement()
    {
        var events = new TestDocument("“I warned Chile about the border,” Maria Lopez said.", Published)
            .Actor("Maria Lopez", ActorKind.Person)
            .Country("Chile", "CL")
            .Trigger("warned", EventType.Statement)
            .Trigger("said", EventType.Statement)
            .Find();
        events.Should().HaveCount(2);
    }

    [Theory]
    [InlineData("In a letter to Chile, Maria Lopez asked for more time.", "asked")]
    [InlineData("Maria Lopez said in an interview with Chile that the road was open.", "said")]
    public void The_to_or_with_phrase_of_a_message_noun_names_the_addressee(string sentence, string trigger)
    {
        var events = new TestDocument(sentence, Published)
            .Actor("Maria Lopez", ActorKind.Person)
            .Country("Chile", "CL")
            .Trigger(trigger, EventType.Statement)
            .Find();
        var statement = (Statement)events.Single();
        statement.Speakers.Select(a => a.Text).Should().Equal("Maria Lopez");
        statement.Addressees.Select(a => a.Text).Should().Equal("Chile");
    }

    [Fact]
    public void A_statement_noun_in_an_aside_before_the_verb_is_the_same_act()
    {
        var events = new TestDocument("Maria Lopez, in remarks to Chile, said the road was open.", Published)
            .Actor("Maria Lopez", ActorKind.Person)
            .Country("Chile", "CL")
            .Trigger("remarks", EventType.Statement)
            .Trigger("said", EventType.Statement)
            .Find();
        var statement = (Statement)events.Should().ContainSingle().Subject;
        statement.Mentions.Select(m => m.Trigger.Text).Should().BeEquivalentTo("remarks", "said");
        statement.Speakers.Select(a => a.Text).Should().Equal("Maria Lopez");
    }

    [Theory]
    [InlineData("According to Reuters, Maria Lopez left the port.", "Reuters")]
    [InlineData("Maria Lopez left the port, according to Reuters.", "Reuters")]
    [InlineData("According to the port's director, Maria Lopez, the road is open.", "Maria Lopez")]
    [InlineData("According to local officials, Maria Lopez left the port.", "local officials")]
    public void According_to_names_only_the_source_before_the_comma(string sentence, string speaker)
    {
        var doc = new TestDocument(sentence, Published).Actor("Maria Lopez", ActorKind.Person);
        if (sentence.Contains("Reuters")) doc.Actor("Reuters", ActorKind.Organization);
        var events = doc
            .Trigger(sentence.StartsWith("According", StringComparison.Ordinal) ? "According to" : "according to", EventType.Statement)
            .Find();
        ((Statement)events.Single()).Speakers.Select(a => a.Text).Should().Equal(speaker);
    }

    [Theory]
    [InlineData("The storm claimed at least twelve lives in Lima.", 0)]
    [InlineData("Maria Lopez claimed the storm was over.", 1)]
    public void A_reporting_verb_whose_object_says_nothing_is_no_statement(string sentence, int statements)
    {
        var doc = new TestDocument(sentence, Published);
        if (sentence.Contains("Maria")) doc.Actor("Maria Lopez", ActorKind.Person);
        doc.Trigger("claimed", EventType.Statement).Find().Should().HaveCount(statements);
    }

    [Fact]
    public void The_passive_subject_of_an_addressee_verb_is_spoken_to_not_the_speaker()
    {
        var events = new TestDocument("Chile was urged to reopen the border.", Published)
            .Country("Chile", "CL")
            .Trigger("urged", EventType.Statement)
            .Find();
        var statement = (Statement)events.Single();
        statement.Speakers.Should().BeEmpty();
        statement.Addressees.Select(a => a.Text).Should().Equal("Chile");
    }

    [Fact]
    public void It_stands_for_a_name_opening_with_the_even_when_recognized_as_a_person()
    {
        var events = new TestDocument("The Guardian printed the figures. It quoted Maria Lopez at length.", Published)
            .Actor("Guardian", ActorKind.Person)
            .Actor("Maria Lopez", ActorKind.Person)
            .Trigger("quoted", EventType.Statement)
            .Find();
        ((Statement)events.Single()).Speakers.Select(a => a.Text).Should().Equal("Guardian");
    }

    [Fact]
    public void The_object_of_quoted_speaks_in_an_as_saying_phrase()
    {
        var events = new TestDocument("Reuters quoted Maria Lopez as saying the road was open.", Published)
            .Actor("Reuters", ActorKind.Organization)
            .Actor("Maria Lopez", ActorKind.Person)
            .Trigger("quoted", EventType.Statement)
            .Trigger("saying", EventType.Statement)
            .Find();
        var saying = events.OfType<Statement>().Single(e => e.Trigger.Text == "saying");
        saying.Speakers.Select(a => a.Text).Should().Equal("Maria Lopez");
    }
}
