using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "according to Medical City Healthcare", "Harlan Pharmaceuticals said": a name ending in a company's head word
/// (organization-heads.txt: Healthcare, Pharmaceuticals, Enterprises, …) is an organization that speaks, not a place.
/// Sentences invented for these tests.
/// </summary>
public class CompanyHeadWordSpeakerPipelineTests
{
    private static readonly DateOnly Published = new(2023, 5, 7);

    [Theory]
    [InlineData("Four of the wounded were in critical condition, according to Medical City Healthcare.", "Medical City Healthcare")]
    [InlineData("The recall covers two million packs of pills, Riverside Pharmaceuticals said on Friday.", "Riverside Pharmaceuticals")]
    public void The_company_speaks(string sentence, string speaker) =>
        ArticleBody.Events<Statement>(sentence, Published).Should().ContainSingle()
            .Which.Speakers.Should().ContainSingle().Which.Text.Should().Be(speaker);
}
