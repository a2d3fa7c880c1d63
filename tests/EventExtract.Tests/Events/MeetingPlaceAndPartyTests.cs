using EventExtract.Events;
using EventExtract.Events.Arguments;
using EventExtract.Places;

namespace EventExtract.Tests.Events;

/// <summary>Where a meeting took place (capital modifiers, datelines) and who took part (participle clauses, asides, titles).</summary>
public class MeetingPlaceAndPartyTests
{
    private static readonly DateOnly Published = new(2021, 6, 30);

    [Fact]
    public void A_capital_modifying_a_meeting_noun_is_the_place_not_a_party_even_when_the_noun_is_tagged_as_a_verb()
    {
        // The test tagger takes "gathering" for a verb, as the real tagger sometimes does with "summit".
        var events = new TestDocument("The alliance decided at last year's Brussels gathering to admit two members.", Published)
            .Actor("The alliance", ActorKind.Organization)
            .Actor("Brussels", ActorKind.Country, "BE")
            .Trigger("gathering", EventType.Meeting)
            .Find();

        var meeting = (Meeting)events.Should().ContainSingle(DebugDump.Dump(events)).Subject;
        meeting.Location!.Name.Should().Be("Brussels");
        meeting.Location.CountryCode.Should().Be("BE");
        meeting.Participants.Select(p => p.Text).Should().Equal("The alliance");
    }

    [Fact]
    public void A_capital_between_an_organization_and_the_meeting_noun_leaves_the_organization_as_the_party()
    {
        var events = new TestDocument("Leaders will gather at the EU Madrid summit in May.", Published)
            .Actor("EU", ActorKind.Organization)
            .Actor("Madrid", ActorKind.Country, "ES")
            .Timex("May", "2022-05")
            .Trigger("summit", EventType.Meeting)
            .Find();

        var meeting = (Meeting)events.Should().ContainSingle(DebugDump.Dump(events)).Subject;
        meeting.Location!.Name.Should().Be("Madrid");
        meeting.Participants.Select(p => p.Text).Should().Equal("EU");
    }

    [Fact]
    public void A_visited_capital_read_as_its_government_is_where_the_visit_went()
    {
        var events = new TestDocument("OSLO, Norway (AP) _ Ana Ruiz visited Lima on Monday.", Published)
            .Actor("Ana Ruiz", ActorKind.Person)
            .Actor("Lima", ActorKind.Country, "PE")
            .Timex("Monday", "2021-06-28")
            .Trigger("visited", EventType.Meeting)
            .Find();

        var meeting = (Meeting)events.Should().ContainSingle(DebugDump.Dump(events)).Subject;
        meeting.Location!.Name.Should().Be("Lima");
        meeting.Location.CountryCode.Should().Be("PE");
    }

    [Fact]
    public void A_meeting_with_no_place_of_its_own_took_place_in_the_dateline_city()
    {
        var events = new TestDocument("OSLO, Norway (AP) _ The foreign ministers of Chad and Mali met on Tuesday.", Published)
            .Country("Chad", "TD").Country("Mali", "ML")
            .Timex("Tuesday", "2021-06-29")
            .Trigger("met", EventType.Meeting)
            .Find();

        var meeting = (Meeting)events.Should().ContainSingle(DebugDump.Dump(events)).Subject;
        meeting.Location!.Text.Should().Be("OSLO");
        meeting.Location.Name.Should().Be("Oslo");
        meeting.Location.CountryCode.Should().Be("NO");
    }

    [Fact]
    public void A_place_named_in_the_sentence_wins_over_the_dateline()
    {
        var events = new TestDocument("OSLO, Norway (AP) _ Chad and Mali held talks in Bamako on Tuesday.", Published)
            .Country("Chad", "TD").Country("Mali", "ML")
            .Place("Bamako", "ML")
            .Timex("Tuesday", "2021-06-29")
            .Trigger("talks", EventType.Meeting)
            .Find();

        ((Meeting)events.Single()).Location!.Name.Should().Be("Bamako");
    }

    [Fact]
    public void Phone_calls_and_planned_meetings_do_not_take_the_dateline_city()
    {
        var events = new TestDocument("OSLO, Norway (AP) _ Chad and Mali spoke in a phone call on Tuesday. Chad and Mali will meet next month.", Published)
            .AllCountries("Chad", "TD").AllCountries("Mali", "ML")
            .Timex("Tuesday", "2021-06-29")
            .Timex("next month", "2021-07")
            .Trigger("phone call", EventType.Meeting)
            .Trigger("meet", EventType.Meeting)
            .Find();

        events.Should().HaveCount(2, DebugDump.Dump(events));
        events.Should().AllSatisfy(e => e.Location.Should().BeNull());
    }

    [Theory]
    [InlineData("NAIROBI, Kenya (AP) _ The talks ended.", "NAIROBI", "Nairobi", "KE")]
    // (The Swiss city, listed by GeoNames as Genève; "Geneva" alone once found only a US town of that name.)
    [InlineData("GENEVA, May 3 (Reuters) - The talks ended.", "GENEVA", "Genève", "CH")]
    [InlineData("MIAMI _\nThe talks ended.", "MIAMI", "Miami", "US")]
    [InlineData("DAR ES SALAAM, Tanzania (AP) _ The talks ended.", "DAR ES SALAAM", "Dar es Salaam", "TZ")]
    [InlineData("NAIROBI, Nov 14 - The talks ended.", "NAIROBI", "Nairobi", "KE")]
    public void A_dateline_gives_its_city(string text, string written, string name, string country)
    {
        var place = DatelinePlace.Read(text, 0, text.Length);
        place.Should().NotBeNull();
        place!.Text.Should().Be(written);
        place.Name.Should().Be(name);
        place.CountryCode.Should().Be(country);
        place.Span.Start.Should().Be(0);
    }

    [Theory]
    [InlineData("NATO said the talks ended.")]
    [InlineData("The talks in Geneva (Switzerland) ended.")]
    [InlineData("UN envoys met on Monday.")]
    [InlineData("ZZYZX, Nowhere (AP) _ The talks ended.")]
    [InlineData("PARIS, a city of light-hearted cafes, is busy.")]
    public void Text_that_is_no_dateline_gives_no_city(string text) =>
        DatelinePlace.Read(text, 0, text.Length).Should().BeNull();

    [Fact]
    public void A_meeting_participle_after_the_main_clause_takes_its_subject()
    {
        var events = new TestDocument("Envoy Ana Ruiz wrapped up her tour on Friday, meeting with Chilean officials.", Published)
            .Actor("Ana Ruiz", ActorKind.Person)
            .Actor("Chilean officials", ActorKind.Other, "CL")
            .Timex("Friday", "2021-06-25")
            .Trigger("meeting", EventType.Meeting)
            .Find();

        var meeting = (Meeting)events.Should().ContainSingle(DebugDump.Dump(events)).Subject;
        meeting.Participants.Select(p => p.Text).Should().BeEquivalentTo("Ana Ruiz", "Chilean officials");
    }

    [Fact]
    public void A_fronted_meeting_participle_clause_takes_the_subject_after_its_comma()
    {
        var events = new TestDocument("After touring the port and meeting with Chilean officials, Ana Ruiz said the trip was useful.", Published)
            .Actor("Ana Ruiz", ActorKind.Person)
            .Actor("Chilean officials", ActorKind.Other, "CL")
            .Trigger("meeting", EventType.Meeting)
            .Find();

        var meeting = (Meeting)events.Should().ContainSingle(DebugDump.Dump(events)).Subject;
        meeting.Participants.Select(p => p.Text).Should().BeEquivalentTo("Ana Ruiz", "Chilean officials");
    }

    [Fact]
    public void Lowercase_title_words_before_a_name_keep_the_name_in_the_with_phrase()
    {
        var events = new TestDocument("Ana Ruiz met with the deputy trade minister Luis Soto.", Published)
            .Actor("Ana Ruiz", ActorKind.Person)
            .Actor("Luis Soto", ActorKind.Person, "PE")
            .Trigger("met", EventType.Meeting)
            .Find();

        var meeting = (Meeting)events.Should().ContainSingle(DebugDump.Dump(events)).Subject;
        meeting.Participants.Select(p => p.Text).Should().BeEquivalentTo("Ana Ruiz", "Luis Soto");
    }

    [Fact]
    public void A_pronoun_stands_for_the_subject_not_for_a_titled_name_in_a_with_phrase()
    {
        var events = new TestDocument("Ana Ruiz held talks with the trade minister Luis Soto. She is expected to meet with Chilean officials later.", Published)
            .Actor("Ana Ruiz", ActorKind.Person)
            .Actor("Luis Soto", ActorKind.Person, "PE")
            .Actor("Chilean officials", ActorKind.Other, "CL")
            .Trigger("talks", EventType.Meeting)
            .Trigger("meet", EventType.Meeting)
            .Find();

        var later = events.OfType<Meeting>().Single(m => m.Trigger.Text == "meet");
        later.Participants.Select(p => p.Text).Should().BeEquivalentTo(new[] { "Ana Ruiz", "Chilean officials" }, DebugDump.Dump(events));
    }

    [Fact]
    public void The_antecedent_of_with_whom_is_the_other_party()
    {
        var events = new TestDocument("The envoy carried a letter from Luis Soto, with whom Ana Ruiz met on Monday.", Published)
            .Actor("Luis Soto", ActorKind.Person)
            .Actor("Ana Ruiz", ActorKind.Person)
            .Timex("Monday", "2021-06-28")
            .Trigger("met", EventType.Meeting)
            .Find();

        var meeting = (Meeting)events.Should().ContainSingle(DebugDump.Dump(events)).Subject;
        meeting.Participants.Select(p => p.Text).Should().BeEquivalentTo("Ana Ruiz", "Luis Soto");
    }

    [Fact]
    public void A_visit_in_an_aside_after_a_name_belongs_to_that_name()
    {
        var events = new TestDocument("Ana Ruiz, on an official visit to Chile, asked local officials for help.", Published)
            .Actor("Ana Ruiz", ActorKind.Person)
            .Place("Chile", "CL", isCountry: true)
            .Trigger("official visit", EventType.Meeting)
            .Find();

        var meeting = (Meeting)events.Should().ContainSingle(DebugDump.Dump(events)).Subject;
        meeting.Participants.Select(p => p.Text).Should().Contain("Ana Ruiz");
        meeting.Location!.Name.Should().Be("Chile");
    }

    [Fact]
    public void A_meeting_ing_word_between_a_determiner_and_a_noun_is_no_meeting()
    {
        var events = new TestDocument("The officials hardened their negotiating stance on Monday.", Published)
            .Actor("The officials", ActorKind.Other)
            .Timex("Monday", "2021-06-28")
            .Trigger("negotiating", EventType.Meeting)
            .Find();

        events.Should().BeEmpty(DebugDump.Dump(events));
    }

    [Fact]
    public void A_place_inside_the_reported_words_is_not_where_the_statement_was_made()
    {
        var events = new TestDocument("The ministry said on Monday conditions in Lima were improving.", Published)
            .Actor("The ministry", ActorKind.Organization)
            .Place("Lima", "PE")
            .Timex("Monday", "2021-06-28")
            .Trigger("said", EventType.Statement)
            .Find();

        var statement = (Statement)events.Should().ContainSingle(DebugDump.Dump(events)).Subject;
        statement.Location.Should().BeNull();
    }
}
