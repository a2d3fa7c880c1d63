using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// Who an addressee verb's object names: a phrase before an auxiliary opens what was said ("warned river levels could
/// rise"), and "them" stands for those spoken to by a coordinated verb before, else for the plural party named before
/// other than the speaker. Invented sentences.
/// </summary>
public class StatementAddresseeObjectTests
{
    private static readonly DateOnly Published = new(2026, 5, 12);

    private static Statement Said(string text, string trigger) => ArticleBody.StatementWithTrigger("Floods hit coast\n\n" + text, Published, trigger);

    [Theory]
    [InlineData("The forecaster warned river levels could still rise.")]
    [InlineData("The forecaster warned Bolivia would see more rain.")]
    public void The_subject_of_what_was_said_is_not_spoken_to(string text)
    {
        var statement = Said(text, "warned");

        statement.Addressees.Should().BeEmpty();
    }

    [Fact]
    public void Them_after_a_coordinated_verb_are_those_spoken_to_before()
    {
        var statement = Said("Governor Ana Ruiz urged residents to stay indoors and assured them the storm would pass.", "assured");

        statement.Addressees.Select(a => a.Text).Should().Equal("residents");
    }

    [Fact]
    public void Them_stands_for_the_plural_party_named_before_other_than_the_speaker()
    {
        var statement = Said("Rescuers found dozens of villagers trapped on a roof. The rescuers urged them to stay calm.", "urged");

        statement.Addressees.Select(a => a.Text).Should().ContainSingle().Which.Should().EndWith("villagers");
    }

    [Fact]
    public void Them_with_no_plural_party_before_names_no_one()
    {
        var statement = Said("Governor Ana Ruiz urged them to stay calm.", "urged");

        statement.Addressees.Should().BeEmpty();
    }

    [Fact]
    public void A_phrase_before_to_is_still_spoken_to()
    {
        var statement = Said("Police warned drivers to avoid the coast road.", "warned");

        statement.Addressees.Select(a => a.Text).Should().Equal("drivers");
    }
}
