using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// Made-up wire sentences, read by the full pipeline: a party named by its owner's role ("the EU's foreign policy
/// chief") does not end the list of parties; the party after "and" is read too.
/// </summary>
public class MeetingPossessedRoleListPipelineTests
{
    private static readonly DateOnly Published = new(2026, 5, 14); // a Thursday

    private static List<Meeting> Meetings(string body) => ArticleBody.Events<Meeting>(body, Published);

    [Theory]
    [InlineData("A planned meeting between the EU's foreign policy chief and Iran's foreign minister was called off.", "Iran")]
    [InlineData("Talks between Kenya's interior minister and the Somali president ended on Friday.", "Somali president")]
    public void The_party_after_an_owned_role_is_read(string sentence, string second)
    {
        var meeting = Meetings(sentence).Should().ContainSingle().Subject;

        meeting.Participants.Should().HaveCountGreaterThan(1);
        meeting.Participants.Select(p => p.Text).Should().Contain(t => t.Contains(second));
    }
}
