using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>"On March 3, rebels attacked ... The next day, the governor said": the statement is dated from the day named before, not left undated (made-up sentences, whole pipeline).</summary>
public class DateAnchoredDayPipelineTests
{
    [Theory]
    [InlineData("On March 3, rebels attacked a police station in Goma. The next day, the governor said the attackers had fled.", "2024-03-04")]
    [InlineData("On March 3, rebels attacked a police station in Goma. The governor said on the same day that the attackers had fled.", "2024-03-03")]
    public void A_day_counted_from_the_day_before_dates_the_statement(string text, string value) =>
        ArticleBody.Events<Statement>(text, new DateOnly(2024, 5, 10))
            .Should().ContainSingle().Which.Date!.Value.Should().Be(value);
}
