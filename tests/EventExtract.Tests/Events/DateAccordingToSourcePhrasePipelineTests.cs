using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// A date that closes the source phrase of "according to" ("according to a report issued by the institute in March",
/// "according to the minister in 2004.") tells when the source spoke, so it dates the statement; a date in what the
/// source says does not. Sentences invented for these tests.
/// </summary>
public class DateAccordingToSourcePhrasePipelineTests
{
    private static readonly DateOnly Published = new(2006, 1, 16);

    private static Statement AccordingTo(string body) =>
        ArticleBody.Events<Statement>(body, Published).Should().ContainSingle(e => e.Mentions.Any(m => m.Trigger.Text.Contains("ccording to", StringComparison.Ordinal))).Subject;

    [Fact]
    public void Date_after_an_issuing_participle_dates_the_report()
    {
        AccordingTo("The navy has some 40 warships, according to a report issued by the Institute for Naval and Security Studies in March of 2005.")
            .Date!.Value.Should().Be("2005-03");
    }

    [Fact]
    public void Date_closing_the_source_phrase_before_its_comma_dates_the_source()
    {
        AccordingTo("According to the defence minister in 2004, the army spends $2 billion a month on fuel.")
            .Date!.Value.Should().Be("2004");
    }

    [Fact]
    public void Date_in_what_the_source_says_dates_nothing()
    {
        AccordingTo("According to the defence minister, the army ran out of fuel in 2004.").Date.Should().BeNull();
    }
}
