using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>"The United Auto Workers union and General Motors resumed talks": an organization named before a head noun of its own is one side of a coordinated subject (made-up sentences, whole pipeline).</summary>
public class MeetingNamedHeadNounConjunctPipelineTests
{
    [Theory]
    [InlineData("The United Auto Workers union and General Motors resumed talks on Wednesday.", "United Auto Workers")]
    [InlineData("The Hamas movement and Fatah met in Cairo on Monday.", "Hamas")]
    public void The_named_organization_before_its_head_noun_takes_part(string text, string party) =>
        ArticleBody.Events<Meeting>(text, new DateOnly(2023, 9, 20))
            .Should().ContainSingle().Which.Participants.Should().Contain(p => p.Text == party).And.HaveCount(2);
}
