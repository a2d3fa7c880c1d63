using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// A list of meeting parties after "mediated by", "with" or "between" ends before the subject of a trailing reporting
/// clause ("…, the foreign ministry said"): whoever reports the talks is not a party to them. A meeting noun in an
/// appositive after the meeting's clause ("met in Lima on Tuesday, the first meeting of …") is the same meeting.
/// Sentences invented for these tests.
/// </summary>
public class MeetingTrailingReporterPipelineTests
{
    private static readonly DateOnly Published = new(2025, 5, 16);

    [Fact]
    public void The_subject_of_a_trailing_reporting_verb_is_no_participant()
    {
        var meeting = ArticleBody.Events<Meeting>(
            "Delegations of the two factions met in Doha on Tuesday for talks mediated by Qatar, the Qatari foreign ministry said.",
            Published).Should().ContainSingle().Subject;

        meeting.Participants.Should().NotContain(p => p.Text.Contains("ministry"));
        meeting.Participants.Select(p => p.CountryCode).Should().Contain("QA");
    }

    [Fact]
    public void A_meeting_noun_in_an_appositive_after_the_meeting_clause_is_the_same_meeting()
    {
        var meeting = ArticleBody.Events<Meeting>(
            "The defence ministers of Peru and Chile met in Lima on Tuesday, the first formal meeting of the two in five years.",
            Published).Should().ContainSingle().Subject;

        meeting.Mentions.Select(m => m.Trigger.Text).Should().Contain("met").And.Contain("meeting");
        meeting.Location!.Name.Should().Be("Lima");
    }
}

