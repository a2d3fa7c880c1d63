using EventExtract.Events.Triggers;

namespace EventExtract.Tests.Events.Triggers;

/// <summary>
/// The context cue lists: a word listed under two classes keeps both (before, the last line won and "president" lost
/// the "official" cue the trigger classifier was trained with), and lookups compare the word, not only its hash.
/// </summary>
public class TriggerCuesTests
{
    [Fact]
    public void A_word_listed_under_two_classes_has_both()
    {
        var cues = TriggerCues.Parse(new StringReader("official\tpresident\ncounterpart\tpresident\ncounterpart\tenvoy\n"));

        cues.Has("President", "official").Should().BeTrue();
        cues.Has("president", "counterpart").Should().BeTrue();
        cues.Has("envoy", "official").Should().BeFalse();
        cues.ClassesOf("PRESIDENT").ToArray().Should().BeEquivalentTo(["official", "counterpart"]);
    }

    [Fact]
    public void Words_not_listed_have_no_class_and_apostrophes_fold()
    {
        var cues = TriggerCues.Parse(new StringReader("personal\ti'm\n"));

        cues.Has("I’m", "personal").Should().BeTrue();
        cues.ClassesOf("presiden").Length.Should().Be(0);
        cues.ClassesOf("").Length.Should().Be(0);
    }

    [Fact]
    public void Words_of_a_listed_length_and_first_and_last_letter_are_still_compared_in_full()
    {
        var cues = TriggerCues.Parse(new StringReader("official\tpresident\nofficial\tcommissioner-for-trade-and-industry-affairs\n"));

        cues.ClassesOf("precedent").Length.Should().Be(0);
        cues.ClassesOf("pResIdenT").ToArray().Should().Equal("official");
        cues.ClassesOf("resident").Length.Should().Be(0);
        cues.Has("Commissioner-for-Trade-and-Industry-Affairs", "official").Should().BeTrue();
        cues.Has("commissioner-for-trade-and-industry-affair", "official").Should().BeFalse();
    }

    [Fact]
    public void The_embedded_list_keeps_officials_that_are_also_envoys()
    {
        var cues = TriggerCues.Embedded;

        foreach (var word in new[] { "president", "minister", "envoy", "delegation" })
        {
            cues.Has(word, "official").Should().BeTrue(word);
            cues.Has(word, "counterpart").Should().BeTrue(word);
        }
    }
}
