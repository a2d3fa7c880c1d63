using EventExtract.Events;
using FluentAssertions;
using Xunit;

namespace EventExtract.Tests.Events;

/// <summary>
/// A second "with" phrase joined by "and" after the first one's own phrases ("met with bombing victims at the hospital
/// and with government officials") names more people met.
/// </summary>
public sealed class MeetingSecondWithPhrasePipelineTests
{
    private static readonly DateOnly Published = new(2024, 5, 1);

    [Fact]
    public void BothWithPhrasesArePartiesMet() =>
        ArticleBody.Events<Meeting>("The minister met with bombing victims at the hospital and with government officials.", Published)
            .Should().ContainSingle().Which.Participants.Select(p => p.Text)
            .Should().Contain(p => p.Contains("bombing victims")).And.Contain(p => p.Contains("government officials"));
}
