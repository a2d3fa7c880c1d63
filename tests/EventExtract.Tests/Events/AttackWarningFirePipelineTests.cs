using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>Shots aimed at no one ("fired into the air") are no attack; shots at someone are (made-up sentences, whole pipeline).</summary>
public class AttackWarningFirePipelineTests
{
    private static readonly DateOnly Published = new(2023, 5, 12);

    [Theory]
    [InlineData("Riot police fired into the air to disperse the crowd outside the port on Monday.")]
    [InlineData("At the wedding the guests kept shooting their rifles in the air until midnight.")]
    public void Shots_into_the_air_are_no_attack(string body) =>
        ArticleBody.Events<Attack>(body, Published).Should().BeEmpty();

    [Fact]
    public void Shots_at_the_crowd_are_an_attack() =>
        ArticleBody.Events<Attack>("Riot police fired at the crowd outside the port on Monday.", Published).Should().ContainSingle();
}
