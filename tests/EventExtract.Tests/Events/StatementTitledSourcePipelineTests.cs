using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// Whole-pipeline speakers whose names sit behind a title or role: "according to Secretary of Defense X", "the
/// California Representative X", "budget experts X and Y", "both X and Y", and an unnamed speaker with an "of" phrase
/// ("One resident of the valley said"). Invented sentences.
/// </summary>
public class StatementTitledSourcePipelineTests
{
    private static readonly DateOnly Published = new(2026, 5, 12);

    private static Statement Said(string text, string trigger) => ArticleBody.StatementWithTrigger(text, Published, trigger);

    [Theory]
    [InlineData("The deficit will grow, according to Secretary of Defense Robert Gates.", "Robert Gates")]
    [InlineData("According to Director of the Budget Office Ann Lee, the deficit will grow.", "Ann Lee")]
    [InlineData("The deficit will grow by $40 billion, according to the California Representative Henry Waxman.", "Henry Waxman")]
    public void A_titled_source_speaks_as_the_person_not_the_title(string sentence, string speaker)
    {
        var statement = Said("Budget talks stall\n\n" + sentence, sentence.StartsWith("According") ? "According to" : "according to");

        statement.Speakers.Select(s => s.Text).Should().Equal(speaker);
    }

    [Fact]
    public void A_role_noun_before_two_names_leaves_the_named_people_as_speakers()
    {
        var statement = Said("Budget talks stall\n\nThe deficit will grow, according to budget experts William Patrick and Kenneth Alibek.", "according to");

        statement.Speakers.Select(s => s.Text).Should().Equal("William Patrick", "Kenneth Alibek");
    }

    [Fact]
    public void Both_before_a_list_of_sources_keeps_every_source()
    {
        var statement = Said("Budget talks stall\n\nThe deficit will grow, according to both Smith and Jones.", "according to");

        statement.Speakers.Select(s => s.Text).Should().Equal("Smith", "Jones");
    }

    [Theory]
    [InlineData("One resident of the valley said the water had reached the second floor.", "One resident of the valley")]
    [InlineData("The owner of the old bakery said the shop would stay shut until June.", "The owner of the old bakery")]
    public void An_unnamed_speaker_keeps_its_of_phrase_rather_than_becoming_its_object(string sentence, string speaker)
    {
        var statement = Said("Floods hit the region\n\n" + sentence, "said");

        statement.Speakers.Select(s => s.Text).Should().Equal(speaker);
    }
}
