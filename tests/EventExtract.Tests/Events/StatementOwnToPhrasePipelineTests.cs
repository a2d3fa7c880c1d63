using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// A "to" phrase after a statement is an addressee only when it is the statement's own ("wrote to the minister"), not
/// that of a word in between ("a website linked to the group", "sources close to the talks"). Sentences invented for
/// these tests.
/// </summary>
public class StatementOwnToPhrasePipelineTests
{
    private static readonly DateOnly Published = new(2024, 3, 5);

    [Theory]
    [InlineData("The Northern Front claimed the raid in a statement on a website linked to the group.")]
    [InlineData("The rebels issued a statement through a radio station close to the army command.")]
    public void The_to_phrase_of_a_word_after_the_statement_names_no_addressee(string body)
    {
        var statements = ArticleBody.Events<Statement>(body, Published);

        statements.Should().NotBeEmpty();
        statements.SelectMany(s => s.Addressees).Should().BeEmpty();
    }
}
