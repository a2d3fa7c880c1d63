using EventExtract.Events;
using FluentAssertions;
using Xunit;

namespace EventExtract.Tests.Events;

/// <summary>
/// A sentence that opens with a statement verb's base form ("Please encourage your friends ...") is the writer asking
/// the reader to speak: no statement is reported, and "Please" is nobody's name.
/// </summary>
public sealed class WritersImperativePipelineTests
{
    private static readonly DateOnly Published = new(2024, 5, 1);

    [Theory]
    [InlineData("Please encourage your friends to forward this letter to their contacts.")]
    [InlineData("Also encourage your neighbours to sign the petition before Friday.")]
    public void ImperativeToTheReaderIsNoStatement(string body) =>
        ArticleBody.Events<Statement>(body, Published).Should().BeEmpty();

    [Fact]
    public void ReportedRequestStays() =>
        ArticleBody.Events<Statement>("The mayor encouraged residents to sign the petition before Friday.", Published)
            .Should().ContainSingle().Which.Speakers.Select(s => s.Text).Should().Equal("The mayor");
}
