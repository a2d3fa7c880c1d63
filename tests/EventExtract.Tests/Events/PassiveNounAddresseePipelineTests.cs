using EventExtract.Events;
using FluentAssertions;
using Xunit;

namespace EventExtract.Tests.Events;

/// <summary>
/// The common-noun subject of a passive verb of speaking to someone ("were warned", "were assured") is spoken to, not
/// the speaker; a "by" agent speaks.
/// </summary>
public sealed class PassiveNounAddresseePipelineTests
{
    private static readonly DateOnly Published = new(2024, 5, 1);

    [Fact]
    public void PassiveSubjectWithoutAgentIsTheAddressee()
    {
        var statement = ArticleBody.Events<Statement>("Abortion providers were warned that one of them might be targeted.", Published).Should().ContainSingle().Subject;
        statement.Addressees.Select(a => a.Text).Should().Equal("Abortion providers");
        statement.Speakers.Should().BeEmpty();
    }

    [Fact]
    public void PassiveSubjectWithAgentIsTheAddresseeAndTheAgentSpeaks()
    {
        var statement = ArticleBody.Events<Statement>("Local farmers were assured by the minister that compensation would be paid.", Published).Should().ContainSingle().Subject;
        statement.Addressees.Select(a => a.Text).Should().Equal("Local farmers");
        statement.Speakers.Select(a => a.Text).Should().Equal("the minister");
    }
}
