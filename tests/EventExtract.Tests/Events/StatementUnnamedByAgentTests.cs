using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// The unnamed "by" agent of a passive statement verb speaks ("was criticised by several local farmers"). Invented sentences.
/// </summary>
public class StatementUnnamedByAgentTests
{
    private static readonly DateOnly Published = new(2026, 5, 12);

    private static Statement Said(string text, string trigger) => ArticleBody.StatementWithTrigger("Port strike\n\n" + text, Published, trigger);

    [Theory]
    [InlineData("The plan was criticised by several local farmers.", "criticised", "several local farmers")]
    [InlineData("He is said by one dock worker to be very dangerous.", "said", "one dock worker")]
    public void The_unnamed_agent_speaks(string text, string trigger, string speaker)
    {
        var statement = Said(text, trigger);

        statement.Speakers.Select(s => s.Text).Should().Equal(speaker);
    }

    [Fact]
    public void A_named_agent_still_speaks_alone()
    {
        var statement = Said("The plan was criticised by Mayor Ana Ruiz.", "criticised");

        statement.Speakers.Select(s => s.Text).Should().Equal("Ana Ruiz");
    }
}
