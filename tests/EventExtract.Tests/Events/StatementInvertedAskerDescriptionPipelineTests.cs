using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// '"Why fight?" asked Li Wei, a spokesman in Cairo.': after a quote, the name after a verb of asking is the one who
/// asks, and the description after the name (with its own place or participle phrase) is the same person, not someone
/// asked. Invented sentences.
/// </summary>
public class StatementInvertedAskerDescriptionPipelineTests
{
    private static readonly DateOnly Published = new(2026, 5, 12);

    [Theory]
    [InlineData("\"Why fight?\" asked Abdul Karim, a spokesman in Cairo.")]
    [InlineData("\"Why fight?\" asked Abdul Karim, a customs officer in Egypt, a country taking part in the war.")]
    public void The_description_of_the_asker_is_no_addressee(string body)
    {
        var statement = ArticleBody.StatementWithTrigger("War talk\n\n" + body, Published, "asked");

        statement.Speakers.Select(s => s.Text).Should().Equal("Abdul Karim");
        statement.Addressees.Should().BeEmpty();
    }
}
