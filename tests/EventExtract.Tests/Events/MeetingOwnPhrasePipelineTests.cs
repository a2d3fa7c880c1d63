using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>A meeting noun's own phrase: its own date after it, its hyphenated appositive (made-up sentences, whole pipeline).</summary>
public class MeetingOwnPhrasePipelineTests
{
    [Fact]
    public void Talks_in_a_for_phrase_take_their_own_date_not_the_travel_date() =>
        ArticleBody.Events<Meeting>(
            "Prime Minister Ana Ruiz will fly to Washington on Sunday for talks with President Luis Ferrer at the White House on Monday.",
            new DateOnly(2025, 8, 23))
            .Should().ContainSingle().Which.Date!.Value.Should().Be("2025-08-25");

    [Fact]
    public void A_hyphenated_appositive_renames_the_summit() =>
        ArticleBody.Events<Meeting>(
            "Leaders of Japan and South Korea held a summit in Tokyo on Saturday, their first face-to-face meeting since 2023.",
            new DateOnly(2025, 8, 23))
            .Should().ContainSingle().Which.Date!.Value.Should().Be("2025-08-23");

    [Fact]
    public void Gathering_for_a_two_day_summit_is_one_meeting() =>
        ArticleBody.Events<Meeting>(
            "Leaders of the eight member states gathered in the port city of Belem on Tuesday for a two-day summit on the rainforest.",
            new DateOnly(2023, 8, 9))
            .Should().ContainSingle().Which.Date!.Value.Should().Be("2023-08-08");
}
