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
