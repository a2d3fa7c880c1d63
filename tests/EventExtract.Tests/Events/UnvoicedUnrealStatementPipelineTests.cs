using EventExtract.Events;
using FluentAssertions;
using Xunit;

namespace EventExtract.Tests.Events;

/// <summary>
/// A statement that was not made (planned or hypothetical) and whose speaker the text never names is talk in general
/// ("some try to explain it away"), not a reported statement; a planned statement with its speaker stays.
/// </summary>
public sealed class UnvoicedUnrealStatementPipelineTests
{
    private static readonly DateOnly Published = new(2024, 5, 1);

    [Fact]
    public void GeneralTalkThatWasNotMadeIsNoStatement() =>
        ArticleBody.Events<Statement>("Many are afraid of organized crime, and some try to explain it away by poverty or by a miserable childhood.", Published)
            .Should().BeEmpty();

    [Fact]
    public void PlannedStatementWithItsSpeakerStays()
    {
        var statement = ArticleBody.Events<Statement>("The spokesman is expected to explain the decision later today.", Published).Should().ContainSingle().Subject;
        statement.Status.Should().Be(EventStatus.Planned);
        statement.Speakers.Select(s => s.Text).Should().Equal("The spokesman");
    }
}
