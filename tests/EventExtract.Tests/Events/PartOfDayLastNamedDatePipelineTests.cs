using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "Rebels attacked the town on Saturday. That night, …", "… on Monday. Later in the day, …", "Late in the day, …": an event
/// told after a dated one, in a sentence opened by a part of that day, happened on that day (not on the publication day,
/// not undated). Invented stories, published Tuesday 14 May 2024.
/// </summary>
public class PartOfDayLastNamedDatePipelineTests
{
    private static readonly DateOnly Published = new(2024, 5, 14);

    [Theory]
    [InlineData("That night", "2024-05-11TNI")]
    [InlineData("Later that evening", "2024-05-11TEV")]
    public void A_part_of_the_day_last_named_dates_the_next_attack(string opener, string expected) =>
        ArticleBody.Events<Attack>($"Rebels stormed the town of Bor on Saturday. {opener}, the army shelled their positions outside the town.", Published)
            .Should().ContainSingle(a => a.Mentions.Any(m => m.Trigger.Text == "shelled"))
            .Which.Date!.Value.Should().Be(expected);

    [Theory]
    [InlineData("Later in the day")]
    [InlineData("Late in the day")]
    public void Later_in_the_day_dates_a_statement_by_the_day_named_before(string opener) =>
        ArticleBody.Events<Statement>($"The mayor met union leaders at City Hall on Monday. {opener}, he told reporters the strike was over.", Published)
            .Should().ContainSingle(e => e.Mentions.Any(m => m.Trigger.Text == "told"))
            .Which.Date!.Value.Should().Be("2024-05-13");

    [Fact]
    public void Earlier_in_the_day_with_no_day_named_is_the_publication_day() =>
        ArticleBody.Events<Statement>("Earlier in the day, the mayor told reporters the strike was over.", Published)
            .Should().ContainSingle(e => e.Mentions.Any(m => m.Trigger.Text == "told"))
            .Which.Date!.Value.Should().Be("2024-05-14");
}
