using EventExtract.Events;
using EventExtract.Places;

namespace EventExtract.Tests.Events;

/// <summary>Later mentions that repeat an attack, speakers without a named subject, and casualties that are no attack.</summary>
public class CoreferenceAndFallbackTests
{
    private static readonly DateOnly Published = new(2023, 5, 20);

    [Fact]
    public void A_later_definite_mention_joins_the_attack_it_repeats()
    {
        var events = new TestDocument(
                "A bomb attack in Kabul killed 12 people on Friday. Officials condemned the bombing.", Published)
            .Place("Kabul", "AF")
            .Timex("Friday", "2023-05-19")
            .Trigger("bomb attack", EventType.Attack)
            .Trigger("condemned", EventType.Statement)
            .Trigger("bombing", EventType.Attack)
            .Find();

        var attack = events.OfType<Attack>().Should().ContainSingle().Subject;
        attack.Mentions.Select(m => m.Trigger.Text).Should().Equal("bomb attack", "bombing");
        attack.Killed.Should().Be(12);
    }

    [Fact]
    public void A_pronoun_speaker_is_the_person_named_before()
    {
        var events = new TestDocument("Maria Lopez arrived in Lima. She said the talks would continue.", Published)
            .Actor("Maria Lopez", ActorKind.Person, "CO")
            .Trigger("said", EventType.Statement)
            .Find();

        var statement = (Statement)events.Should().ContainSingle().Subject;
        statement.Speakers.Select(s => s.Text).Should().Equal("Maria Lopez");
    }

    [Fact]
    public void A_common_noun_subject_is_the_speaker()
    {
        var events = new TestDocument("The official said the border would reopen.", Published)
            .Trigger("said", EventType.Statement)
            .Find();

        var statement = (Statement)events.Should().ContainSingle().Subject;
        statement.Speakers.Select(s => s.Text).Should().Equal("The official");
    }

    [Fact]
    public void Deaths_in_a_stampede_are_no_attack()
    {
        // The pilgrims are a named group, so the mention has a target and only the accident noun tells it apart.
        var events = new TestDocument("Over 300 pilgrims were killed in a stampede near Mecca.", Published)
            .Actor("pilgrims", ActorKind.Group)
            .Trigger("killed", EventType.Attack)
            .Find();

        events.OfType<Attack>().Should().BeEmpty();
    }

    [Fact]
    public void A_visit_to_a_thing_with_no_counterpart_is_no_meeting()
    {
        var events = new TestDocument("Inspectors made surprise visits to a number of sites.", Published)
            .Trigger("visits", EventType.Meeting)
            .Find();

        events.OfType<Meeting>().Should().BeEmpty();
    }
}
