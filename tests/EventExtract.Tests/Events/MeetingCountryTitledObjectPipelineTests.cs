using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "met U.S. envoy Amos Hochstein": the country opening a lowercase title before the person met does not hide that
/// person. Sentences invented for these tests.
/// </summary>
public class MeetingCountryTitledObjectPipelineTests
{
    private static readonly DateOnly Published = new(2024, 6, 2);

    [Theory]
    [InlineData("Najib Mikati met U.S. envoy Amos Hochstein in Beirut on Sunday.", "Amos Hochstein")]
    [InlineData("Lebanon's caretaker prime minister, Najib Mikati, met U.S. envoy Amos Hochstein in Beirut on Sunday.", "Amos Hochstein")]
    public void The_titled_person_after_a_country_is_met(string body, string party)
    {
        var meeting = ArticleBody.Events<Meeting>(body, Published).Should().ContainSingle().Subject;

        meeting.Participants.Select(p => p.Text).Should().Contain(party).And.Contain("Najib Mikati");
    }
}
