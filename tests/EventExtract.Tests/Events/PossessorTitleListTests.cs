using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// Lists of people each introduced by a country's possessive and a title ("Russia's Foreign Minister Sergei Lavrov and
/// China's Foreign Minister Wang Yi"): the possessors give the people's countries, they are not parties of their own.
/// </summary>
public class PossessorTitleListTests
{
    private static readonly DateOnly Published = new(2020, 11, 5);
    private static IReadOnlyList<ExtractedEvent> Events(string body) => ArticleBody.Extract(body, Published).Events;

    [Fact]
    public void Two_titled_people_with_possessive_countries_are_the_two_participants()
    {
        var meeting = Events("Russia's Foreign Minister Sergei Lavrov and China's Foreign Minister Wang Yi met in Moscow on Monday.")
            .OfType<Meeting>().Should().ContainSingle().Subject;

        meeting.Participants.Select(a => a.Text).Should().Equal("Sergei Lavrov", "Wang Yi");
    }

    [Fact]
    public void The_two_leaders_point_back_to_the_two_titled_people_named_before()
    {
        var statement = Events("Peru's President Ana Ruiz and Chile's Prime Minister Tomas Vidal spoke by phone on Friday. "
            + "The two leaders said they would meet in Lima next month.").OfType<Statement>().Should().ContainSingle().Subject;

        statement.Speakers.Select(a => a.Text).Should().Equal("Ana Ruiz", "Tomas Vidal");
    }
}
