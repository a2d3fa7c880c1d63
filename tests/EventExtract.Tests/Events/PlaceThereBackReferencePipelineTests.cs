using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "Rebels seized the town of Kidal last week. Fighting there killed …": an attack or meeting whose clause points back with
/// "there", or an attack on "the town" or "the city", took place at the last place named before it (invented stories,
/// whole pipeline).
/// </summary>
public class PlaceThereBackReferencePipelineTests
{
    [Fact]
    public void There_points_back_to_the_place_of_the_sentence_before()
    {
        var attack = ArticleBody.Events<Attack>("Rebels seized the town of Kidal last week. Fighting there killed at least 12 soldiers.", new DateOnly(2024, 5, 1))
            .Should().ContainSingle().Subject;

        attack.Location!.Text.Should().Be("Kidal");
    }

    [Fact]
    public void There_points_back_to_the_place_earlier_in_the_sentence()
    {
        var meeting = ArticleBody.Events<Meeting>("The minister reached Islamabad on Sunday after a long delay, holding talks there with his Pakistani counterpart.",
                new DateOnly(2024, 5, 1))
            .Should().ContainSingle().Subject;

        meeting.Location!.Text.Should().Be("Islamabad");
    }

    [Fact]
    public void An_attack_on_the_town_took_place_in_the_town_named_before()
    {
        var attacks = ArticleBody.Events<Attack>("The mayor visited Gao on Monday. Hours later, militants shelled the town from the hills.", new DateOnly(2024, 5, 1));

        attacks.Should().ContainSingle().Which.Location!.Text.Should().Be("Gao");
    }

    [Fact]
    public void The_town_hall_points_nowhere()
    {
        var attacks = ArticleBody.Events<Attack>("The mayor visited Gao on Monday. Hours later, militants shelled the town hall in a nearby district.", new DateOnly(2024, 5, 1));

        attacks.Should().ContainSingle().Which.Location.Should().BeNull();
    }

    [Fact]
    public void An_existential_there_points_nowhere()
    {
        var attack = ArticleBody.Events<Attack>("The mayor visited Gao on Monday. Later there were attacks on two army posts, officials said.", new DateOnly(2024, 5, 1))
            .Should().ContainSingle().Subject;

        attack.Location.Should().BeNull();
    }
}
