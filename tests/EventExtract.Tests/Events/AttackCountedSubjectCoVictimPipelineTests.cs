using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "A judge was killed along with his driver": the person hit with a subject whose article the casualty verb reads as
/// its count ("A judge" is one) is counted too. Sentences invented for these tests.
/// </summary>
public class AttackCountedSubjectCoVictimPipelineTests
{
    private static readonly DateOnly Published = new(2024, 5, 14);

    [Theory]
    [InlineData("A judge was killed along with his driver in Wadi Sera on Monday, police said.", 2)]
    [InlineData("A police officer was shot dead with his son in Tal Harb on Sunday.", 2)]
    [InlineData("A farmer was killed in Tal Harb on Sunday, police said.", 1)]
    public void The_person_killed_along_with_a_counted_subject_is_counted(string body, int killed)
    {
        var attack = ArticleBody.Events<Attack>(body, Published).Should().ContainSingle().Subject;

        attack.Killed.Should().Be(killed);
    }
}
