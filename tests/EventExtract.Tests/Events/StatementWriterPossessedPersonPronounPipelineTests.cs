using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "My doctor said it was nothing serious. She told me to rest": a person the writer's own "my"/"our" names, speaking,
/// is whom a later "he"/"she" means (never the writer), not a person named further back. Sentences invented for these tests.
/// </summary>
public class StatementWriterPossessedPersonPronounPipelineTests
{
    private static readonly DateOnly Published = new(2024, 5, 1);

    [Fact]
    public void She_after_my_doctor_speaking_is_my_doctor()
    {
        var statements = ArticleBody.Events<Statement>(
            "Mayor Ana Ruiz opened the new clinic in March.\n\n"
            + "My doctor said the pain was nothing serious. She told me to rest for a week.", Published);

        var told = statements.Should().ContainSingle(s => s.Mentions.Any(m => m.Trigger.Text == "told")).Subject;
        told.Speakers.Select(s => s.Text).Should().Equal("My doctor");
    }
}
