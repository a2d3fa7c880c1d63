using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "Ministry spokesman X said the two leaders agreed to the meeting": the one reporting, and a body that announced the
/// meeting, are not the leaders counted; the parties of the meeting reported just before are (invented sentences, whole
/// pipeline).
/// </summary>
public class MeetingCountReferenceReporterPipelineTests
{
    [Theory]
    [InlineData("Premier Ana Ruiz will meet Chilean President Tomas Quispe in Lima next week, the Foreign Ministry announced on Monday. "
        + "Foreign Ministry spokesman Pablo Ortega said the two leaders agreed to the meeting during a phone call on Sunday.")]
    [InlineData("Premier Ana Ruiz will meet Chilean President Tomas Quispe in Lima next week, the Foreign Ministry announced on Monday. "
        + "A spokesman, Pablo Ortega, said the two leaders agreed to the meeting on Sunday.")]
    public void The_two_leaders_are_the_parties_met_not_the_reporters(string text)
    {
        var meetings = ArticleBody.Events<Meeting>(text, new DateOnly(2024, 5, 1));

        var parties = meetings.SelectMany(m => m.Participants).Select(p => p.Text).ToList();
        parties.Should().Contain("Ana Ruiz").And.Contain("Tomas Quispe").And.NotContain("Pablo Ortega").And.NotContain("Foreign Ministry");
    }

    [Fact]
    public void A_party_who_reports_still_counts()
    {
        var meetings = ArticleBody.Events<Meeting>("Premier Ana Ruiz met Chilean President Tomas Quispe in Lima on Monday. "
            + "Ruiz said the two leaders held a second meeting on Tuesday.", new DateOnly(2024, 5, 1));

        meetings.SelectMany(m => m.Participants).Select(p => p.Text).Should().Contain("Ana Ruiz").And.Contain("Tomas Quispe");
    }
}
