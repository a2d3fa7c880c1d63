using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// Parties of talks named as the occasion of what they did ("signed a truce at the end of talks"), and "the two sides"
/// meaning those parties rather than mediators named after them (made-up sentences, whole pipeline).
/// </summary>
public class MeetingOccasionPartiesPipelineTests
{
    private static readonly DateOnly Published = new(2023, 6, 9);

    private const string Story =
        "The Sudanese army and the Rapid Support Forces signed a truce on Friday at the end of a round of peace talks in Jeddah.\n\n"
        + "Egypt and Qatar, which act as guarantors of the talks, welcomed the deal. The next round will take place in Cairo in August, the two sides said in a joint statement.";

    [Fact]
    public void Those_who_signed_a_deal_at_the_end_of_talks_took_part_in_them() =>
        ArticleBody.Events<Meeting>(Story, Published).Should().Contain(m => m.Location!.Name == "Jeddah")
            .Which.Participants.Select(p => p.Text).Should().Contain(t => t.Contains("Rapid Support Forces"));

    [Fact]
    public void The_two_sides_are_the_parties_of_the_talks_not_the_guarantors() =>
        ArticleBody.Events<Statement>(Story, Published).Should().Contain(st => st.Trigger.Text == "said")
            .Which.Speakers.Select(p => p.Text).Should().NotContain(["Egypt", "Qatar"]);
}

/// <summary>Hyphens inside a modifier ("face-to-face") do not count as words between a verb and its meeting noun.</summary>
public class MeetingHyphenatedModifierSubjectPipelineTests
{
    [Fact]
    public void Those_who_held_their_first_face_to_face_talks_took_part() =>
        ArticleBody.Events<Meeting>("Armenian and Azerbaijani negotiators held their first face-to-face talks in Vienna on Tuesday.", new DateOnly(2022, 3, 29))
            .Should().ContainSingle().Which.Participants.Should().NotBeEmpty();
}
