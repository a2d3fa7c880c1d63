using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>An attack noun with noun modifiers opening the whole text leaves no token before it to look at.</summary>
public class AttackNounOpeningTextPipelineTests
{
    [Fact]
    public void Attack_noun_opening_the_text_is_read()
    {
        var attacks = ArticleBody.ArticleEvents<Attack>("Turkish air strikes hit the village of Zakho on Tuesday, the ministry said.", new DateOnly(2025, 3, 6));
        attacks.Should().ContainSingle().Which.Mentions[0].Trigger.Text.Should().Be("air strikes");
    }
}
