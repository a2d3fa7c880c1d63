using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "Iran and the six world powers opened a new round of talks": a common-noun side joined by "and" to a named subject
/// takes part also when the meeting is a noun the verb governs, and past a word of planning ("are set to resume talks");
/// "and others" closing a list is no side. Sentences invented for these tests.
/// </summary>
public class MeetingGovernedNounUnnamedConjunctPipelineTests
{
    private static readonly DateOnly Published = new(2024, 5, 1);

    [Theory]
    [InlineData("Iran and the six world powers opened a new round of nuclear negotiations in Vienna on Monday.", "the six world powers")]
    [InlineData("Iran and the three European powers are set to resume nuclear talks in Geneva on Friday.", "the three European powers")]
    public void The_unnamed_side_after_the_named_one_takes_part(string body, string side) =>
        ArticleBody.Events<Meeting>(body, Published).Should().ContainSingle()
            .Which.Participants.Select(p => p.Text).Should().Contain(side).And.Contain("Iran");

    [Fact]
    public void Others_closing_a_list_are_no_side() =>
        ArticleBody.Events<Meeting>("Ana Ruiz, Tomas Vidal and others opened a new round of talks in Lima on Monday.", Published)
            .Should().ContainSingle().Which.Participants.Select(p => p.Text).Should().NotContain("others");
}
