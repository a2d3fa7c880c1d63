using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// Made-up wire sentences, read by the full pipeline: a subject followed by an aside that lists people's names ("The
/// foreign ministers of Peru and Chile, Ana Ruiz and Tomas Vidal, held talks") has those people as its parties.
/// </summary>
public class AsideListOfPeopleSubjectPipelineTests
{
    private static readonly DateOnly Published = new(2026, 5, 14); // a Thursday

    [Theory]
    [InlineData("The prime ministers of Australia and New Zealand, Kevin Rudd and John Key, met in Sydney on Saturday.", "Kevin Rudd", "John Key")]
    [InlineData("The foreign ministers of Peru and Chile, Ana Ruiz and Tomas Vidal, held talks in Lima on Monday.", "Ana Ruiz", "Tomas Vidal")]
    public void The_listed_people_meet(string sentence, string first, string second)
    {
        var meeting = ArticleBody.Events<Meeting>(sentence, Published).Should().ContainSingle().Subject;

        meeting.Participants.Select(p => p.Text).Should().Contain(first).And.Contain(second);
    }
}
