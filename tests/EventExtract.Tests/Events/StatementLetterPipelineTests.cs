using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// Whole-pipeline statements sent in writing: "sent a letter to X", "sent letters of protest to X" are Statements
/// addressed to X; "sent troops to" is none. Invented sentences.
/// </summary>
public class StatementLetterPipelineTests
{
    private static readonly DateOnly Published = new(2026, 5, 12);

    [Theory]
    [InlineData("The finance minister sent a letter to Prime Minister Ana Ruiz on Monday.", "sent a letter to")]
    [InlineData("Union lawyers sent letters of protest to Governor Tom Becker on Monday.", "sent letters of protest to")]
    public void A_letter_sent_to_a_person_is_a_statement_addressed_to_them(string sentence, string trigger)
    {
        var statement = ArticleBody.StatementWithTrigger("Port strike\n\n" + sentence, Published, trigger);

        statement.Addressees.Should().ContainSingle().Which.Text.Should().EndWith(sentence.Contains("Ruiz") ? "Ana Ruiz" : "Tom Becker");
        statement.Status.Should().Be(EventStatus.Occurred);
    }

    [Fact]
    public void Troops_sent_to_a_city_are_no_statement()
    {
        ArticleBody.ArticleEvents<Statement>("Port strike\n\nThe government sent troops to the port on Monday.", Published).Should().BeEmpty();
    }
}
