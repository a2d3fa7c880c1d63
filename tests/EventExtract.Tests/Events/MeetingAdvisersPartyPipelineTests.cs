using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "huddled with her advisers", "met his top generals": advisers, generals and consultants are parties one meets, as
/// aides and commanders are. Sentences invented for these tests.
/// </summary>
public class MeetingAdvisersPartyPipelineTests
{
    private static readonly DateOnly Published = new(2025, 3, 7);

    [Theory]
    [InlineData("Governor Patel huddled with her advisers for three hours on Wednesday.", "her advisers")]
    [InlineData("The president met his top generals at the palace on Wednesday.", "his top generals")]
    [InlineData("The chief executive met two independent consultants on Monday to discuss the merger.", "two independent consultants")]
    public void The_people_met_take_part(string sentence, string party) =>
        ArticleBody.Events<Meeting>(sentence, Published).Should().ContainSingle()
            .Which.Participants.Select(p => p.Text).Should().Contain(party);
}
