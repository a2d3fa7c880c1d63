using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "the Alberta Teachers' Association": a plural possessive inside an organization's name does not cut the name, so the
/// organization is one party. Sentences invented for these tests.
/// </summary>
public class PluralPossessiveOrganizationPipelineTests
{
    private static readonly DateOnly Published = new(2025, 3, 3);

    [Fact]
    public void The_whole_name_takes_part_in_the_talks()
    {
        var meeting = ArticleBody.Events<Meeting>(
            "Talks between the Alberta Teachers' Association and the provincial government broke down on Sunday.", Published).Should().ContainSingle().Subject;

        meeting.Participants.Select(p => p.Text).Should().Contain("Alberta Teachers' Association");
    }

    [Fact]
    public void The_whole_name_speaks()
    {
        var statement = ArticleBody.Events<Statement>(
            "The Ontario Nurses' Association said on Monday that its members would vote on the offer.", Published).Should().ContainSingle().Subject;

        statement.Speakers.Should().ContainSingle().Which.Text.Should().Be("Ontario Nurses' Association");
    }
}
