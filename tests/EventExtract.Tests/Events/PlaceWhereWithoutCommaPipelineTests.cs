using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>"at a news conference in Oslo where she attended a meeting": a named place right before "where" is the scene of the clause's event even with no comma (made-up sentences, whole pipeline).</summary>
public class PlaceWhereWithoutCommaPipelineTests
{
    private const string Text =
        "ROME, May 2 (Reuters) - Talks on the grain deal stalled on Tuesday.\n\n" +
        "The minister, speaking at a news conference in Oslo where she attended a meeting of NATO envoys, said the talks would resume.";

    [Fact]
    public void The_place_before_where_is_the_meeting_place() =>
        ArticleBody.Events<Meeting>(Text, new DateOnly(2024, 5, 2))
            .Should().Contain(m => m.Participants.Any(p => p.Text.Contains("NATO envoys")))
            .Which.Location!.Name.Should().Be("Oslo");
}
