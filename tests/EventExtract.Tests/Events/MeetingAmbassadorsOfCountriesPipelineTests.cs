using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// Made-up wire sentences, read by the full pipeline: ambassadors or emissaries "of"/"from" named countries stand for
/// those countries, as officials, envoys and delegations from them already did, both as the subject and as the object
/// of a meeting verb ("met the ambassadors of Iran and Iraq" named no one met).
/// </summary>
public class MeetingAmbassadorsOfCountriesPipelineTests
{
    private static readonly DateOnly Published = new(2026, 5, 14); // a Thursday

    private static List<Meeting> Meetings(string body) => ArticleBody.Events<Meeting>(body, Published);

    private static List<string> Parties(Meeting m) => m.Participants.Select(p => p.Text).ToList();

    [Fact]
    public void The_ambassadors_met_stand_for_their_countries()
    {
        var meeting = Meetings("Foreign Minister Lena Marsh met the ambassadors of Iran and Iraq on Tuesday.").Should().ContainSingle().Subject;

        Parties(meeting).Should().Contain("Lena Marsh").And.Contain("Iran").And.Contain("Iraq");
    }

    [Fact]
    public void Ambassadors_who_meet_stand_for_their_countries()
    {
        var meeting = Meetings("Ambassadors of Brazil and Chile met Foreign Minister Lena Marsh on Tuesday.").Should().ContainSingle().Subject;

        Parties(meeting).Should().Contain("Brazil").And.Contain("Chile");
    }
}
