using EventExtract.Events;
using FluentAssertions;
using Xunit;

namespace EventExtract.Tests.Events;

/// <summary>
/// A statement noun that is the subject of its own reporting verb ("A report by the World Bank said growth would slow")
/// takes its status from that verb: a modal in what was said does not make the report hypothetical.
/// </summary>
public sealed class ReportNounSubjectStatusPipelineTests
{
    private static readonly DateOnly Published = new(2024, 5, 1);

    [Fact]
    public void ModalInTheContentLeavesTheReportOccurred() =>
        ArticleBody.Events<Statement>("A report by the World Bank said growth would slow next year.", Published)
            .Should().ContainSingle().Which.Status.Should().Be(EventStatus.Occurred);

    [Fact]
    public void ModalOnTheReportItselfStillCounts() =>
        ArticleBody.Events<Statement>("A report by the World Bank would be published next year.", Published)
            .Should().ContainSingle().Which.Status.Should().NotBe(EventStatus.Occurred);
}
