using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "met Iraqi Deputy Prime Minister Tariq Aziz": wire copy capitalizes every title word, and "Deputy" or "Vice" tagged as a
/// common noun must neither hide the person met nor make the object look like a thing ("met the deadline"). Sentences
/// invented for these tests.
/// </summary>
public class MeetingCapitalTitledObjectPipelineTests
{
    private static readonly DateOnly Published = new(1998, 5, 1);

    [Theory]
    [InlineData("Norwegian Foreign Minister Knut Vollebaek met Iraqi Deputy Prime Minister Tariq Aziz in Geneva on Tuesday.", "Knut Vollebaek", "Tariq Aziz")]
    [InlineData("French Foreign Minister Hubert Vedrine met with Iranian Vice President Hassan Habibi in Paris on Monday.", "Hubert Vedrine", "Hassan Habibi")]
    [InlineData("Italian Prime Minister Romano Prodi held talks with Syrian Deputy Prime Minister Abdul Halim Khaddam in Rome on Wednesday.", "Romano Prodi", "Abdul Halim Khaddam")]
    public void The_person_after_capitalized_title_words_is_met(string body, string subject, string met)
    {
        var meeting = ArticleBody.Events<Meeting>(body, Published).Should().ContainSingle().Subject;

        meeting.Participants.Select(p => p.Text).Should().Contain(subject).And.Contain(met);
    }

    [Fact]
    public void Capitalized_requirements_are_still_no_one_met()
    {
        ArticleBody.Events<Meeting>("The bank failed to meet Core Capital Requirements last year.", Published).Should().BeEmpty();
    }
}
