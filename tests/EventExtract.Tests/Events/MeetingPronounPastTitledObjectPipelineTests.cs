using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "Dahl criticised Finance Minister Karl Holm on Monday. He later met …": the object of the sentence before, with a
/// title of its own, is still an object, so the pronoun stands for that sentence's subject. Sentences invented for these
/// tests.
/// </summary>
public class MeetingPronounPastTitledObjectPipelineTests
{
    private static readonly DateOnly Published = new(2024, 3, 5);

    [Fact]
    public void He_who_later_met_is_the_subject_not_the_titled_object_before()
    {
        var meeting = ArticleBody.Events<Meeting>(
            "Prime Minister Lars Dahl thanked Finance Minister Karl Holm on Monday. He later met Chancellor Anna Berg in Oslo.",
            Published).Should().ContainSingle().Subject;

        meeting.Participants.Select(p => p.Text).Should().BeEquivalentTo("Lars Dahl", "Anna Berg");
    }
}
