using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "Zambia's main opposition party rejected the results": a political party or camp named by its common noun
/// (party-heads.txt: party, parties, opposition) speaks as other unnamed bodies do. Sentences invented for these tests.
/// </summary>
public class PoliticalPartySpeakerPipelineTests
{
    private static readonly DateOnly Published = new(2016, 8, 16);

    [Theory]
    [InlineData("Zambia's main opposition party on Monday rejected the results of last week's election, alleging fraud.", "party")]
    [InlineData("The ruling party said on Monday that the vote had been free and fair.", "party")]
    [InlineData("The opposition said on Monday that the count had been rigged.", "opposition")]
    public void The_party_speaks(string body, string head)
    {
        ArticleBody.Events<Statement>(body, Published).Should().ContainSingle()
            .Which.Speakers.Should().ContainSingle().Which.Text.Should().EndWith(head);
    }
}
