using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "met Wall Street expectations", "met EU standards": a name that modifies a common noun after "met" owns the thing met;
/// it is no party of a meeting (made-up sentences, whole pipeline).
/// </summary>
public class MeetingNamedModifierThingPipelineTests
{
    private static readonly DateOnly Published = new(2024, 5, 14);

    [Theory]
    [InlineData("Acme Corp reported quarterly earnings on Monday that met Wall Street expectations.")]
    [InlineData("The new Acme plant in Ohio met European Union standards last year, the company said.")]
    public void A_name_before_a_thing_is_not_met(string text) =>
        ArticleBody.Events<Meeting>(text, Published).Should().BeEmpty();

    [Fact]
    public void A_name_before_officials_is_still_met()
    {
        var meeting = ArticleBody.Events<Meeting>("Acme executives met Treasury officials in Washington on Monday.", Published)
            .Should().ContainSingle().Subject;
        meeting.Participants.Should().Contain(p => p.Text.Contains("officials"));
    }
}
