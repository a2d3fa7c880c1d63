using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "held talks with President Yoon Suk Yeol and U.S. President Joe Biden at Camp David": a country written before a later
/// list member's title does not end the list. Sentences invented for these tests.
/// </summary>
public class CountryTitledListMemberPipelineTests
{
    private static readonly DateOnly Published = new(2023, 8, 19);

    [Theory]
    [InlineData("Kishida held talks with President Yoon Suk Yeol and U.S. President Joe Biden in Washington on Friday.")]
    [InlineData("Kishida held talks with President Yoon Suk Yeol and U.S. President Joe Biden at the White House on Friday.")]
    public void The_country_titled_person_after_and_takes_part(string text)
    {
        var meetings = ArticleBody.Events<Meeting>(text, Published);

        var biden = meetings.Should().ContainSingle().Which.Participants.Should().Contain(p => p.Text == "Joe Biden").Subject;
        biden.CountryCode.Should().Be("US");
    }
}
