using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>"Striking nurses and hospital management met": a participle opening the sentence belongs to the first side. Invented sentence.</summary>
public class MeetingParticipleFirstConjunctPipelineTests
{
    [Fact]
    public void Striking_nurses_are_a_side() =>
        ArticleBody.Events<Meeting>("Striking nurses and hospital management met for six hours on Friday.", new DateOnly(2024, 5, 1))
            .Should().ContainSingle().Which.Participants.Select(p => p.Text).Should().Contain("Striking nurses");
}
