using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "talks between Israel and Hamas in Doha": a city after a named group says where the talks were, not a branch of the
/// group ("al-Qaeda in Iraq" names a branch after a country). Sentences invented for these tests.
/// </summary>
public class GroupInCityPipelineTests
{
    private static readonly DateOnly Published = new(2025, 3, 7);

    [Fact]
    public void The_group_takes_part_and_the_city_is_the_place()
    {
        var meeting = ArticleBody.Events<Meeting>("Qatar mediated indirect talks between Israel and Hamas in Doha on Sunday.", Published)
            .Should().ContainSingle().Subject;

        meeting.Participants.Select(p => p.Text).Should().Contain("Hamas");
        meeting.Location!.Text.Should().Be("Doha");
    }
}
