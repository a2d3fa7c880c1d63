using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "X on Monday, speaking to reporters, said …", "X yesterday, asked whether …, replied": a date right after the subject,
/// before a comma-set participle aside, dates the aside and the verb after it (invented sentences, whole pipeline).
/// </summary>
public class SubjectDateAsideDatePipelineTests
{
    [Fact]
    public void A_date_after_the_subject_dates_the_saying_after_a_speaking_aside()
    {
        var said = ArticleBody.Events<Statement>("The rebel leader on Friday, visiting a camp near the border, said the ceasefire would hold.", new DateOnly(2024, 5, 14))
            .Should().ContainSingle(e => e.Mentions.Any(m => m.Trigger.Text == "said")).Subject;

        said.Date!.Value.Should().Be("2024-05-10");
    }

    [Fact]
    public void A_date_after_the_subject_dates_both_the_question_aside_and_the_reply()
    {
        var events = ArticleBody.Events<Statement>("The minister yesterday, asked whether he was glad about the offer, replied: \"No.\"", new DateOnly(2024, 5, 14));

        events.Should().ContainSingle(e => e.Mentions.Any(m => m.Trigger.Text == "asked")).Subject.Date!.Value.Should().Be("2024-05-13");
        events.Should().ContainSingle(e => e.Mentions.Any(m => m.Trigger.Text == "replied")).Subject.Date!.Value.Should().Be("2024-05-13");
    }

    [Fact]
    public void A_date_after_a_verb_still_leaves_what_was_reported_before_the_comma_undated_by_it()
    {
        var said = ArticleBody.Events<Statement>("Rebels shelled the town on Monday, the army said in a statement.", new DateOnly(2024, 5, 14))
            .Should().ContainSingle(e => e.Mentions.Any(m => m.Trigger.Text == "said")).Subject;

        said.Date.Should().BeNull();
    }
}
