using EventExtract.Events;
using EventExtract.Places;

namespace EventExtract.Tests.Events;

/// <summary>"General Motors said": a listed organization opening with a title word speaks as a whole, not as a person "Motors" (made-up sentences, whole pipeline).</summary>
public class SpeakerTitleLedOrganizationPipelineTests
{
    [Fact]
    public void General_motors_speaks_as_an_organization() =>
        ArticleBody.Events<Statement>("General Motors said it would cut 2,000 jobs at its plant in Ohio.", new DateOnly(2023, 9, 20))
            .Should().ContainSingle().Which.Speakers.Should().ContainSingle()
            .Which.Should().Match<Actor>(a => a.Text == "General Motors" && a.Kind == ActorKind.Organization);
}
