using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "The attack was carried out by members of the Northern Front, officials said": the party a people phrase of a
/// preposition's object stands for is no speaker; the common-noun subject of the reporting verb is (made-up sentences,
/// whole pipeline).
/// </summary>
public class StatementAgentPeoplePhraseSpeakerPipelineTests
{
    [Theory]
    [InlineData("Rebels fired rockets at an army base near Kandi on Sunday. The attack was carried out by members of the Northern Front, officials said.")]
    [InlineData("The attack was carried out by members of a rebel group, officials said.")]
    public void The_reporting_subject_alone_speaks(string text) =>
        ArticleBody.Events<Statement>(text, new DateOnly(2024, 5, 1))
            .Should().ContainSingle().Which.Speakers.Select(a => a.Text).Should().Equal("officials");
}
