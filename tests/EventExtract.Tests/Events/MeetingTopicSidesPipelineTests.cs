using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>"between X and Y" after a topic noun names the sides of the topic, not the parties met (made-up sentences, whole pipeline).</summary>
public class MeetingTopicSidesPipelineTests
{
    [Fact]
    public void Sides_of_a_discussed_dispute_are_not_participants() =>
        ArticleBody.Events<Meeting>(
            "European Union foreign ministers met in Luxembourg on Monday to discuss rising tensions between Serbia and Kosovo.",
            new DateOnly(2024, 10, 21))
            .Should().ContainSingle().Which.Participants.Should().NotContain(a => a.CountryCode == "RS" || a.Text == "Kosovo");

    [Fact]
    public void Talks_on_a_day_between_two_sides_keep_them() =>
        ArticleBody.Events<Meeting>(
            "Envoys held talks on Monday between Serbia and Kosovo in Brussels.",
            new DateOnly(2024, 10, 21))
            .Should().ContainSingle().Which.Participants.Select(a => a.Text).Should().Contain("Serbia");
}
