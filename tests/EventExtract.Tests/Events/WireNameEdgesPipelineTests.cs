using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// Names and unnamed parties at the edges that wire copy puts around them: a dateline's dash, a capitalized count
/// word after it, a relative "that" before a noun, a title and person read as one organization, and a plan for a
/// weekday still ahead. Invented sentences.
/// </summary>
public class WireNameEdgesPipelineTests
{
    private static readonly DateOnly Published = new(2024, 5, 2); // a Thursday

    [Fact]
    public void A_count_word_after_a_datelines_dash_is_no_party()
    {
        var attacks = ArticleBody.Events<Attack>(
            "VELDA, Norland — Thousands of farmers clashed with riot police outside the parliament late on Wednesday.", Published);
        attacks.SelectMany(a => a.Attackers).Should().NotContain(a => a.Text.Contains("Thousands"));
    }

    [Fact]
    public void A_relative_that_is_no_part_of_the_speaker()
    {
        var statements = ArticleBody.Events<Statement>(
            "Lawmakers in Velda pushed ahead with a bill that critics say mirrors the old censorship law.", Published);
        statements.SelectMany(s => s.Speakers).Select(a => a.Text).Should().Contain("critics").And.NotContain("that critics");
    }

    [Fact]
    public void A_titled_person_read_with_the_title_takes_part_by_name()
    {
        var meetings = ArticleBody.Events<Meeting>(
            "U.S. Secretary of State Nora Lindqvist spoke by phone with Prime Minister Ivo Maric on Thursday and raised concerns about the arrests.", Published);
        meetings.Should().ContainSingle().Which.Participants.Select(a => a.Text).Should().Contain("Nora Lindqvist");
    }

    [Fact]
    public void A_meeting_someone_is_due_to_travel_to_lies_ahead()
    {
        var meetings = ArticleBody.Events<Meeting>(
            "On Saturday, the minister is due to fly to Surabaya, where he will meet the governor of East Java, Rina Wulandari.", Published);
        meetings.Should().ContainSingle().Which.Date!.Value.Should().Be("2024-05-04");
    }
}
