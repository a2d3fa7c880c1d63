using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "held a first round of face-to-face talks": a hyphened modifier counts as one word between the verb and the meeting
/// noun, so the verb's subjects are still its parties. Invented sentence.
/// </summary>
public class MeetingHyphenedModifierVerbPipelineTests
{
    [Fact]
    public void Subjects_of_held_reach_past_a_hyphened_modifier() =>
        ArticleBody.Events<Meeting>("The mayor and the governor held a first round of face-to-face talks in Lyon on Friday.", new DateOnly(2024, 5, 1))
            .Should().ContainSingle().Which.Participants.Select(p => p.Text).Should().Contain(new[] { "The mayor", "the governor" });
}
