using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// The subject of a passive statement verb is what the statement is about, not its speaker ("X is accused of …");
/// a passive quoting verb is the exception ("X was quoted as saying …"). Invented sentences.
/// </summary>
public class StatementPassiveSubjectTests
{
    private static readonly DateOnly Published = new(2026, 5, 12);

    private static Statement Said(string text, string trigger) => ArticleBody.StatementWithTrigger("Bombing trial\n\n" + text, Published, trigger);

    [Theory]
    [InlineData("Omar Haddad is accused of planning the bombing, and is on the most wanted list.")]
    [InlineData("Omar Haddad, who is accused of planning the bombing, remains at large.")]
    public void The_accused_is_not_the_speaker(string text)
    {
        var statement = Said(text, "accused");

        statement.Speakers.Should().BeEmpty();
    }

    [Fact]
    public void Someone_quoted_as_saying_still_speaks()
    {
        var statement = Said("Omar Haddad was quoted as saying the bombing was a mistake.", "quoted");

        statement.Speakers.Select(s => s.Text).Should().Equal("Omar Haddad");
    }
}
