using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>A call or meeting "with" the press or a news outlet is an interview, not a Meeting (made-up sentences, whole pipeline).</summary>
public class MeetingMediaInterviewPipelineTests
{
    private static readonly DateOnly Published = new(2023, 4, 12);

    [Theory]
    [InlineData("A spokesman for the army, Colonel Arun Thapa, confirmed the raid in a phone call with state television on Tuesday.")]
    [InlineData("The governor described the damage in a telephone conversation with Reuters on Monday.")]
    public void A_call_with_a_news_outlet_is_no_meeting(string body) =>
        ArticleBody.Events<Meeting>(body, Published).Should().BeEmpty();

    [Fact]
    public void A_call_with_a_news_agency_is_no_meeting() =>
        ArticleBody.Events<Meeting>("The governor described the damage in a telephone conversation with the state news agency on Monday.", Published)
            .Should().BeEmpty();

    [Theory]
    [InlineData("Iran will resume talks with the International Atomic Energy Agency next month.", "International Atomic Energy Agency")]
    [InlineData("The ministry held talks with the agency on Monday.", "the agency")]
    public void Talks_with_a_state_agency_are_a_meeting(string body, string agency) =>
        ArticleBody.Events<Meeting>(body, Published).Should().ContainSingle()
            .Which.Participants.Select(p => p.Text).Should().Contain(agency);

    [Fact]
    public void A_call_with_a_leader_is_still_a_meeting() =>
        ArticleBody.Events<Meeting>("Chancellor Anna Weber discussed the crisis in a phone call with President Luis Ortega on Tuesday.", Published)
            .Should().ContainSingle();
}
