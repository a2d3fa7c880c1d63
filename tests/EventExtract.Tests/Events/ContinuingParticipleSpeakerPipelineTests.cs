using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// ", saying …" goes on from the main clause, so its speaker is that clause's subject even past a relative clause on
/// the clause's object. Sentences invented for these tests.
/// </summary>
public class ContinuingParticipleSpeakerPipelineTests
{
    private static readonly DateOnly Published = new(2024, 6, 27);

    [Theory]
    [InlineData("Kenya's president defended a new tax law that sparked deadly protests, saying the country could not keep borrowing.", "Kenya's president")]
    [InlineData("The mayor praised the volunteers which cleared the river, saying the town owed them a debt.", "The mayor")]
    public void The_main_clause_subject_speaks_past_a_relative_clause_on_its_object(string body, string speaker)
    {
        var statement = ArticleBody.Events<Statement>(body, Published).Should().ContainSingle().Subject;

        statement.Speakers.Should().ContainSingle().Which.Text.Should().Be(speaker);
    }

    [Fact]
    public void The_main_clause_subject_speaks_past_a_subject_inside_its_object()
    {
        var statement = ArticleBody.Events<Statement>(
            "Over the weekend, union leaders raised accusations that Mark Ellis had cheated his staff for years, saying he had hidden the losses.", Published)
            .Should().ContainSingle().Subject;

        statement.Speakers.Should().ContainSingle().Which.Text.Should().Be("union leaders");
    }

    [Fact]
    public void A_by_gerund_says_how_the_main_clause_subject_acted_past_a_relative_clause()
    {
        var noting = ArticleBody.Events<Statement>(
            "Martinez, who said the issue was important, defended the bill by noting that courts had backed it.", Published)
            .Where(s => s.Mentions.Any(m => m.Trigger.Text == "noting")).Should().ContainSingle().Subject;

        noting.Speakers.Should().ContainSingle().Which.Text.Should().Be("Martinez");
    }

    [Fact]
    public void A_sentence_opening_inside_a_quotation_has_its_subject_after_the_quotation()
    {
        var statement = ArticleBody.Events<Statement>(
            "\"We are ready. We are Irish citizens, living in our own country,\" Adams said, adding that talks must go on.", Published)
            .Where(s => s.Mentions.Any(m => m.Trigger.Text.StartsWith("adding"))).Should().ContainSingle().Subject;

        statement.Speakers.Should().ContainSingle().Which.Text.Should().Be("Adams");
    }
}
