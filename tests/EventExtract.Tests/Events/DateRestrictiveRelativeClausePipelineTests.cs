using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// A restrictive relative clause ("the gunman who killed five worshippers") tells an earlier act to say who its noun is:
/// a date outside it, in the main clause, dates the arrest, sentence or charge, not that act. A date inside the clause
/// is the act's own. Sentences invented for these tests.
/// </summary>
public class DateRestrictiveRelativeClausePipelineTests
{
    // A Saturday.
    private static readonly DateOnly Published = new(2024, 5, 4);

    private static Attack SingleAttack(string body) => ArticleBody.Events<Attack>(body, Published).Should().ContainSingle().Subject;

    [Theory]
    [InlineData("Police on Tuesday arrested a man who stabbed three people at a train station.")]
    [InlineData("A court on Monday sentenced the gunman who killed five worshippers at a mosque to life in prison.")]
    [InlineData("The soldiers who shot the protesters were arrested on Sunday.")]
    public void A_date_of_the_main_clause_does_not_date_the_act_of_the_relative_clause(string sentence) =>
        SingleAttack(sentence).Date.Should().BeNull();

    [Fact]
    public void A_date_inside_the_relative_clause_dates_its_act() =>
        SingleAttack("Police arrested a man who stabbed three people at a train station on Tuesday.").Date!.Value.Should().Be("2024-04-30");
}
