using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>Posting on a platform or right after a quote is a statement; posting troops or a loss is not (made-up sentences, whole pipeline).</summary>
public class StatementPostedPipelineTests
{
    private static readonly DateOnly Published = new(2024, 4, 20);

    [Theory]
    [InlineData("\"We will not give up,\" the prime minister posted on Sunday.")]
    [InlineData("The president posted on Telegram that the offensive had been repelled.")]
    public void A_post_is_a_statement(string body) =>
        ArticleBody.Events<Statement>(body, Published).Should().ContainSingle();

    [Theory]
    [InlineData("The army posted troops along the border on Monday.")]
    [InlineData("The company posted a loss of $3 million.")]
    public void Posting_troops_or_a_loss_is_no_statement(string body) =>
        ArticleBody.Events<Statement>(body, Published).Should().BeEmpty();
}

/// <summary>"wrote in Telegram that": the platform is part of the statement phrase, neither a statement word nor a place.</summary>
public class StatementWroteOnPlatformPipelineTests
{
    [Fact]
    public void Writing_on_a_platform_is_the_statement_trigger() =>
        ArticleBody.Events<Statement>("The governor wrote in Telegram that the river had burst its banks.", new DateOnly(2024, 4, 20))
            .Should().ContainSingle().Which.Location.Should().BeNull("Telegram is where it was written, not a place");
}
