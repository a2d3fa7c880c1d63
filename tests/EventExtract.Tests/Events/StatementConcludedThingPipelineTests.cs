using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>"the deal could be concluded": a thing brought to an end is no finding (made-up sentences, whole pipeline).</summary>
public class StatementConcludedThingPipelineTests
{
    private static readonly DateOnly Published = new(2024, 3, 28);

    [Fact]
    public void A_deal_being_concluded_is_no_statement() =>
        ArticleBody.Events<Statement>("The trade agreement could still be concluded this year.", Published).Should().BeEmpty();

    [Fact]
    public void Investigators_who_concluded_that_made_a_statement() =>
        ArticleBody.Events<Statement>("Investigators concluded that the fire was started deliberately.", Published).Should().ContainSingle();
}
