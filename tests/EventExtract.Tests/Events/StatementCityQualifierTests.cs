using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "In Lisbon, Portugal, Prime Minister X said": the country after a city and a comma says where the city is and is
/// no speaker of its own. Invented sentences.
/// </summary>
public class StatementCityQualifierTests
{
    private static readonly DateOnly Published = new(2026, 5, 12);

    [Fact]
    public void The_country_naming_where_the_city_is_does_not_speak()
    {
        var statement = ArticleBody.StatementWithTrigger(
            "Trade deal\n\nIn Lisbon, Portugal, Prime Minister Rui Costa said in a statement that the deal was fair.", Published, "said");

        statement.Speakers.Select(s => s.Text).Should().Equal("Rui Costa");
    }

    [Fact]
    public void The_country_after_the_subjects_city_is_no_aside_naming_the_speaker()
    {
        var statement = ArticleBody.StatementWithTrigger(
            "Visa rules\n\nThe French Embassy in Nairobi, Kenya, had no comment.", Published, "had no comment");

        statement.Speakers.Select(s => s.Text).Should().ContainSingle().Which.Should().Contain("Embassy");
    }

    [Fact]
    public void Two_countries_joined_by_and_still_speak_together()
    {
        var statement = ArticleBody.StatementWithTrigger(
            "Trade deal\n\nIn Lisbon, Portugal and Spain said in a statement that the deal was fair.", Published, "said");

        statement.Speakers.Select(s => s.Text).Should().Equal("Portugal", "Spain");
    }
}
