using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>"The court ruled Wednesday that …": a ruling's day between the verb and its clause keeps the ruling a Statement.</summary>
public class StatementRulingDayPipelineTests
{
    private static readonly DateOnly Published = new(2025, 6, 13);

    [Theory]
    [InlineData("The Constitutional Court ruled Wednesday that the emergency decree was void.", "Constitutional Court", "2025-06-11")]
    [InlineData("A district judge in Ohio ruled on Tuesday that the county must recount the ballots.", "A district judge", "2025-06-10")]
    public void The_ruling_is_the_court_statement_on_its_day(string body, string speaker, string date)
    {
        var ruling = ArticleBody.Events<Statement>(body, Published).Should().ContainSingle().Subject;
        ruling.Speakers.Select(s => s.Text).Should().Contain(t => t.Contains(speaker));
        ruling.Date!.Value.Should().Be(date);
    }

    [Fact]
    public void Ruling_a_country_is_no_statement()
    {
        ArticleBody.Events<Statement>("The dynasty ruled the region on and off for two centuries.", Published).Should().BeEmpty();
    }
}
