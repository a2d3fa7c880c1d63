using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// Which event a time expression dates when the sentence gives it a particular job: the bound of a period described by
/// a "when" clause, the year of the source an "according to" cites, a date that only modifies some other noun, the date of the message that carries the words, and a
/// second speech act of the same speaker after "but he". Sentences and names invented for these tests.
/// </summary>
public class DateAttachmentPipelineTests
{
    // A Friday.
    private static readonly DateOnly Published = new(2021, 6, 11);

    private static Statement StatementWith(string body, string trigger) =>
        ArticleBody.Events<Statement>(body, Published).Should().ContainSingle(e => e.Mentions.Any(m => m.Trigger.Text == trigger)).Subject;

    [Theory]
    [InlineData("The protests have grown since early March, when the governor promised new elections.", "promised", "2021-03")]
    [InlineData("Prices have risen steadily since 2019, when the central bank announced it would stop buying bonds.", "announced", "2019")]
    public void A_when_clause_after_a_period_bound_is_dated_by_that_bound(string body, string trigger, string value)
    {
        StatementWith(body, trigger).Date!.Value.Should().Be(value);
    }

    [Fact]
    public void A_period_bound_without_a_when_clause_dates_nothing()
    {
        StatementWith("The governor has promised new elections since early March.", "promised").Date.Should().BeNull();
    }

    [Fact]
    public void The_year_of_the_source_cited_by_according_to_dates_it()
    {
        StatementWith("According to a 2019 survey by the Pew Research Center, most voters oppose the plan.", "According to")
            .Date!.Value.Should().Be("2019");
    }

    [Fact]
    public void A_date_that_modifies_another_noun_does_not_date_the_statement()
    {
        StatementWith("The agency gave no reason for the June 30 deadline, officials said.", "gave no reason").Date.Should().BeNull();
    }

    [Theory]
    [InlineData("The two sides held peace talks following the May 2019 ceasefire.", "peace talks")]
    [InlineData("The envoy met the rebels after the January 2020 election.", "met")]
    public void A_date_that_modifies_another_noun_does_not_date_the_meeting(string body, string trigger)
    {
        ArticleBody.Events<Meeting>(body, Published).Should().ContainSingle(e => e.Mentions.Any(m => m.Trigger.Text == trigger))
            .Subject.Date.Should().BeNull();
    }

    [Theory]
    [InlineData("The senator said in a 2017 interview that the plan would fail.", "said", "2017")]
    [InlineData("A 2016 audit said the agency had lost track of its funds.", "said", "2016")]
    public void A_date_modifying_the_occasion_or_the_source_of_a_statement_still_dates_it(string body, string trigger, string value)
    {
        StatementWith(body, trigger).Date!.Value.Should().Be(value);
    }

    [Theory]
    [InlineData("\"We will not give up our farms,\" said an English translation of the letter, dated March 4.", "2021-03-04")]
    [InlineData("A memo dated June 3 said the plant would close.", "2021-06-03")]
    public void The_date_of_the_message_carrying_a_statement_dates_it(string body, string value)
    {
        StatementWith(body, "said").Date!.Value.Should().Be(value);
    }

    [Fact]
    public void A_second_speech_act_of_the_same_speaker_after_but_he_shares_the_date()
    {
        var body = "In his Sunday sermon at the cathedral, the bishop praised the volunteers but he urged the city to do more.";

        StatementWith(body, "urged").Date!.Value.Should().Be("2021-06-06");
    }

    [Fact]
    public void A_passive_statement_after_but_shares_the_date_of_the_first_verb()
    {
        var told = StatementWith("The union's lawyer asked for a permit Wednesday, but was told by city officials that the march had to be moved.", "told");

        told.Date!.Value.Should().Be("2021-06-09");
        told.Speakers.Select(a => a.Text).Should().Equal("city officials");
    }
}
