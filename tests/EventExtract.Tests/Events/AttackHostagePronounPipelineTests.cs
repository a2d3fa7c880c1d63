using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>"took him hostage": the captive pronoun inside the idiom still makes it a hostage-taking.</summary>
public class AttackHostagePronounPipelineTests
{
    private static readonly DateOnly Published = new(2025, 3, 6);

    [Theory]
    [InlineData("Armed men stopped a trader on the Kaduna highway on Friday and took him hostage, police said.")]
    [InlineData("Pirates boarded the tanker off Somalia and took them hostage.")]
    public void Took_him_hostage_is_an_attack(string body)
    {
        var attack = ArticleBody.Events<Attack>(body, Published).Should().ContainSingle().Subject;
        attack.Mentions.Select(m => m.Trigger.Text).Should().Contain(t => t.EndsWith("hostage"));
    }
}
