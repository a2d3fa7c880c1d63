using EventExtract.Places;
using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// Whole-pipeline statements in reporting forms beyond "X said that …": a joint communique after a meeting, two
/// coordinated reporting verbs, "warned of …", a role noun ("the minister") standing for a titled person, and an
/// article with no statement at all. Invented sentences (see also tests/data/statement-challenge).
/// </summary>
public class StatementReportingFormsPipelineTests
{
    private static readonly DateOnly Published = new(2026, 3, 10);

    private static List<Statement> Statements(string text) => ArticleBody.ArticleEvents<Statement>(text, Published);

    private static Statement Said(string text, string trigger) => ArticleBody.StatementWithTrigger(text, Published, trigger);

    [Fact]
    public void A_joint_communique_after_a_meeting_speaks_for_the_meetings_parties()
    {
        var statement = Said(
            "Grain corridor\n\nThe leaders of Kenya and Tanzania met in Arusha on Monday. Both governments will open two new border posts, according to a joint communique released after the talks.",
            "according to");

        statement.Speakers.Select(s => s.CountryCode).Should().BeEquivalentTo("KE", "TZ");
        statement.Speakers.Should().NotContain(s => s.Text.Contains("communique"));
        statement.Status.Should().Be(EventStatus.Occurred);
    }

    [Fact]
    public void A_plan_before_according_to_is_what_was_said_not_the_statements_status()
    {
        var statement = Said("Grain corridor\n\nThe ministry agreed to lift the export ban next month, according to a senior official.", "according to");

        statement.Status.Should().Be(EventStatus.Occurred);
        statement.Content.Should().Be("The ministry agreed to lift the export ban next month");
    }

    [Fact]
    public void What_was_rejected_ends_before_a_second_reporting_verb()
    {
        var text = "Budget row\n\nUnion leader Marta Silva rejected the pay offer and urged nurses to keep working.";

        Said(text, "rejected").Content.Should().Be("the pay offer");
        var urged = Said(text, "urged");
        urged.Content.Should().Be("keep working");
        urged.Addressees.Select(a => a.Text).Should().Equal("nurses");
    }

    [Fact]
    public void Warned_of_gives_the_warning_as_content()
    {
        var statement = Said("Hospital strike\n\nJunior doctors in Lyon warned of a walkout if night shifts were extended.", "warned");

        statement.Content.Should().Be("a walkout if night shifts were extended");
    }

    [Theory]
    [InlineData("Education Minister Kofi Mensah opened a school in Tamale on Monday. The minister said 300 more classrooms would be built.", "The minister", "Kofi Mensah")]
    [InlineData("Mayor Helga Brandt visited the flooded streets. Later the mayor said the city would pay for repairs.", "the mayor", "Helga Brandt")]
    public void A_role_noun_speaker_is_the_person_named_with_that_title(string body, string mention, string speaker)
    {
        var statement = Said("Local news\n\n" + body, "said");

        // The role phrase stays the mention; the titled person gives its name.
        var actor = statement.Speakers.Should().ContainSingle().Subject;
        actor.Text.Should().Be(mention);
        actor.Canonical.Should().Be(speaker);
        actor.Kind.Should().Be(ActorKind.Person);
    }

    [Fact]
    public void A_role_noun_with_no_titled_person_before_it_stays_as_written()
    {
        var statement = Said("Local news\n\nRoads were flooded across the district. The minister said repairs would start on Friday.", "said");

        statement.Speakers.Select(s => s.Text).Should().Equal("The minister");
    }

    [Fact]
    public void A_report_of_a_fire_in_the_articles_own_voice_has_no_statement()
    {
        Statements("Warehouse fire\n\nA fire gutted a furniture warehouse near Porto on Sunday. Crews fought the flames for six hours and the cause remains unclear.")
            .Should().BeEmpty();
    }
}
