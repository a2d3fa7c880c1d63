using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// 'The newspaper, quoting "secret reports," said': a quoted phrase closing an aside, its closing mark after the comma,
/// is part of the aside; the subject before the aside speaks. Sentences invented for these tests.
/// </summary>
public class StatementQuotedAsidePipelineTests
{
    private static readonly DateOnly Published = new(2024, 5, 1);

    [Theory]
    [InlineData("The newspaper, quoting \"diplomatic sources,\" said Chad had moved troops to the border.", "The newspaper")]
    [InlineData("The senator, in remarks to \"Le Figaro,\" said the treaty was dead.", "The senator")]
    public void The_subject_before_an_aside_ending_in_a_quote_speaks(string body, string speaker)
    {
        var statement = ArticleBody.Events<Statement>(body, Published).Should().ContainSingle(s => s.Mentions.Any(m => m.Trigger.Text == "said")).Subject;

        statement.Speakers.Select(s => s.Text).Should().Equal(speaker);
    }

    [Fact]
    public void A_quotation_that_opens_before_the_comma_is_still_what_was_said()
    {
        var statement = ArticleBody.Events<Statement>(
            "\"We came, we talked, we agreed,\" said Foreign Minister Ana Ruiz.", Published)
            .Should().ContainSingle(s => s.Mentions.Any(m => m.Trigger.Text == "said")).Subject;

        statement.Speakers.Select(s => s.Text).Should().Equal("Ana Ruiz");
    }
}
