using EventExtract.Events;
using EventExtract.Places;

namespace EventExtract.Tests.Events;

/// <summary>Arguments across asides, relative clauses and reporting verbs, surnames, and triggers that are no events.</summary>
public class ClauseStructureArgumentTests
{
    private static readonly DateOnly Published = new(2022, 2, 10);

    [Fact]
    public void The_subject_before_a_relative_clause_aside_is_the_speaker()
    {
        var events = new TestDocument("Libya, which brought the case to the court, hailed the ruling.", Published)
            .Country("Libya", "LY")
            .Trigger("hailed", EventType.Statement)
            .Find();

        ((Statement)events.Single()).Speakers.Select(s => s.CountryCode).Should().Equal("LY");
    }

    [Fact]
    public void The_subject_before_a_participle_aside_is_the_speaker_not_the_subject_of_what_was_said()
    {
        var events = new TestDocument("Scharping, ending a visit, said Poland was prepared.", Published)
            .Actor("Scharping", ActorKind.Person, "DE")
            .Country("Poland", "PL")
            .Trigger("said", EventType.Statement)
            .Find();

        ((Statement)events.Single()).Speakers.Select(s => s.Text).Should().Equal("Scharping");
    }

    [Fact]
    public void Two_coordinated_reporting_verbs_are_two_statements()
    {
        var events = new TestDocument("Libya hailed the ruling and said it would press for a trial.", Published)
            .Country("Libya", "LY")
            .Trigger("hailed", EventType.Statement)
            .Trigger("said", EventType.Statement)
            .Find();

        events.Should().HaveCount(2);
        events.OfType<Statement>().Select(s => s.Speakers.Single().CountryCode).Should().Equal("LY", "LY");
    }

    [Fact]
    public void A_surname_alone_is_the_person_named_in_full_before()
    {
        var events = new TestDocument("Defense minister Rudolf Scharping arrived on Friday. Scharping said the alliance was ready.", Published)
            .Actor("Rudolf Scharping", ActorKind.Person, "DE")
            .Trigger("said", EventType.Statement)
            .Find();

        var speaker = ((Statement)events.Single()).Speakers.Single();
        speaker.Text.Should().Be("Scharping");
        speaker.Canonical.Should().Be("Rudolf Scharping");
        speaker.Kind.Should().Be(ActorKind.Person);
    }

    [Fact]
    public void The_subject_of_a_clause_after_a_reporting_verb_is_not_found_before_that_verb()
    {
        var events = new TestDocument("Officials said the president met the envoy.", Published)
            .Trigger("met", EventType.Meeting)
            .Find();

        var meeting = (Meeting)events.Single();
        meeting.Participants.Select(p => p.Text).Should().NotContain("Officials");
        meeting.Participants.Select(p => p.Text).Should().Contain("the president");
    }

    [Fact]
    public void A_statement_noun_framing_a_reporting_verb_is_one_statement_with_the_addressee_of_its_to_phrase()
    {
        var events = new TestDocument("In a statement to the BBC, the ministry denied the report.", Published)
            .Actor("BBC", ActorKind.Organization, "GB")
            .Trigger("statement", EventType.Statement)
            .Trigger("denied", EventType.Statement)
            .Find();

        var statement = (Statement)events.Single();
        statement.Mentions.Select(m => m.Trigger.Text).Should().BeEquivalentTo("statement", "denied");
        statement.Speakers.Select(s => s.Text).Should().Equal("the ministry");
        statement.Addressees.Select(s => s.Text).Should().Equal("BBC");
    }

    [Fact]
    public void A_weapon_that_was_seized_or_discovered_is_no_attack()
    {
        new TestDocument("Police seized a car bomb in the town.", Published)
            .Trigger("car bomb", EventType.Attack)
            .Find().Should().BeEmpty();
        new TestDocument("The bomb discovered in the town was destined for a target.", Published)
            .Trigger("bomb", EventType.Attack)
            .Find().Should().BeEmpty();
    }

    [Fact]
    public void A_threatened_or_conditional_attack_is_hypothetical()
    {
        var threatened = new TestDocument("The militants threatened to attack the markets.", Published)
            .Trigger("attack", EventType.Attack)
            .Find();
        threatened.Single().Status.Should().Be(EventStatus.Hypothetical);

        var conditional = new TestDocument("Washington warned Iraq of military strikes if it does not back down.", Published)
            .Country("Washington", "US").Country("Iraq", "IQ")
            .Trigger("strikes", EventType.Attack)
            .Find();
        conditional.Single().Status.Should().Be(EventStatus.Hypothetical);
    }

    [Fact]
    public void An_attributive_participle_is_no_statement()
    {
        new TestDocument("Regulators studied the proposed merger.", Published)
            .Trigger("proposed", EventType.Statement)
            .Find().Should().BeEmpty();
    }

    [Fact]
    public void A_pronoun_speaker_skips_names_inside_quoted_words()
    {
        var events = new TestDocument("Kristen Wilkins said, \"Andy Warhol liked photo booths.\" She explained his process.", Published)
            .Actor("Kristen Wilkins", ActorKind.Person, "US")
            .Actor("Andy Warhol", ActorKind.Person, "US")
            .Trigger("said", EventType.Statement)
            .Trigger("explained", EventType.Statement)
            .Find();

        events.OfType<Statement>().Last().Speakers.Select(s => s.Text).Should().Equal("Kristen Wilkins");
    }
}
