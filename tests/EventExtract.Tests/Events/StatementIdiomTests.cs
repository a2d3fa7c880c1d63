using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// Speech words inside idioms that report no speech act: "it is fair to say", "stands accused of", a court "appeal".
/// Invented sentences.
/// </summary>
public class StatementIdiomTests
{
    private static readonly DateOnly Published = new(2026, 5, 12);

    [Theory]
    [InlineData("It is fair to say that the new bridge has changed the town.")]
    [InlineData("Needless to say, the new bridge has changed the town.")]
    [InlineData("The builder stands accused of cutting corners on the new bridge.")]
    [InlineData("The family will stay in the town pending the appeal.")]
    [InlineData("The builder lost his appeal at the high court on Monday.")]
    public void The_idiom_yields_no_statement(string sentence)
    {
        ArticleBody.Events<Statement>("Bridge opens\n\n" + sentence, Published).Should().BeEmpty();
    }

    [Fact]
    public void An_appeal_to_someone_is_still_a_statement()
    {
        ArticleBody.Events<Statement>("Bridge opens\n\nThe mayor appealed to drivers to slow down on the new bridge.", Published)
            .Should().ContainSingle();
    }
}
