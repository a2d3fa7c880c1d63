using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// An "of"/"by"/"from" phrase near a reporting verb names the speaker only when it follows the verb itself: "said leaders
/// of Kenya would …" opens what was said (made-up sentences, whole pipeline).
/// </summary>
public class SpeakerPhraseAfterVerbPipelineTests
{
    [Fact]
    public void The_subject_of_what_was_said_is_no_speaker() =>
        ArticleBody.Events<Statement>("The ministry said leaders of Kenya and Uganda would sign a trade deal.", new DateOnly(2023, 5, 6))
            .Should().ContainSingle().Which.Speakers.Select(a => a.Text).Should().Equal("The ministry");

    [Fact]
    public void A_by_phrase_after_an_adverb_still_names_who_announced() =>
        ArticleBody.Events<Statement>("The new reward comes on top of a reward announced earlier by Attorney General Janet Reno.", new DateOnly(1999, 6, 7))
            .Should().ContainSingle().Which.Speakers.Select(a => a.Text).Should().Contain(t => t.Contains("Janet Reno"));
}
