using EventExtract.Training.Evaluation;

namespace EventExtract.Tests.Evaluation;

public class EventAnnotationValidatorTests
{
    private const string Text = "Headline\n\nNorth Korea fired shells, officials said.";

    private static EventAnnotationFile File(params EventAnnotation[] events) => new()
    {
        Doc = "d1",
        Corpus = "gum",
        Split = "dev",
        Published = "2015-08-21",
        TextLength = Text.Length,
        TextSha256 = EventAnnotationFile.Sha256(Text),
        Events = events,
    };

    private static readonly AnnotatedText Article = new("d1", "Headline", new DateOnly(2015, 8, 21), Text);

    private static EventAnnotation Attack(int triggerStart) => new()
    {
        Id = "e1",
        Type = "Attack",
        Mentions = [new EventAnnotationMention { Trigger = "fired", Start = triggerStart, End = triggerStart + 5 }],
        Attackers = [new EventAnnotationActor { Text = "North Korea", Start = 10, End = 21, Kind = "Country", CountryCode = "KP" }],
        AttackType = "military",
    };

    [Fact]
    public void A_correct_file_has_no_error()
    {
        var errors = new List<string>();
        EventAnnotationValidator.Validate(File(Attack(22)), Article, "f", errors);
        errors.Should().BeEmpty();
    }

    [Fact]
    public void Offsets_that_do_not_give_the_trigger_back_are_reported()
    {
        var errors = new List<string>();
        EventAnnotationValidator.Validate(File(Attack(23)), Article, "f", errors);
        errors.Should().ContainSingle().Which.Should().Contain("'fired'");
    }

    [Fact]
    public void Attack_fields_on_a_statement_and_a_changed_text_are_reported()
    {
        var statement = new EventAnnotation
        {
            Id = "e1",
            Type = "Statement",
            Mentions = [new EventAnnotationMention { Trigger = "said", Start = 46, End = 50 }],
            Killed = 3,
        };
        var errors = new List<string>();
        EventAnnotationValidator.Validate(File(statement), Article with { Text = Text + " " }, "f", errors);
        errors.Should().Contain(e => e.Contains("attack fields")).And.Contain(e => e.Contains("textSha256"));
    }

    [Fact]
    public void Quote_offsets_must_lie_in_the_text_and_agree_with_a_given_quote()
    {
        EventAnnotation Said(int? start, int? end, string? quote) => new()
        {
            Id = "e1",
            Type = "Statement",
            Mentions = [new EventAnnotationMention { Trigger = "said", Start = 46, End = 50 }],
            Quote = quote,
            QuoteStart = start,
            QuoteEnd = end,
        };
        var ok = new List<string>();
        EventAnnotationValidator.Validate(File(Said(22, 34, "fired shells")), Article, "f", ok);
        EventAnnotationValidator.Validate(File(Said(22, 34, null)), Article, "f", ok);
        ok.Should().BeEmpty();

        var errors = new List<string>();
        EventAnnotationValidator.Validate(File(Said(22, 33, "fired shells")), Article, "f", errors);
        EventAnnotationValidator.Validate(File(Said(40, 400, null)), Article, "f", errors);
        EventAnnotationValidator.Validate(File(Said(22, null, null)), Article, "f", errors);
        errors.Should().HaveCount(3);
    }
}
