using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>"… met with Colonel Omar Haddad and Karim Nouri, the army said": the last name of a titled "with" list is no speaker of the reporting clause after it (made-up sentences, whole pipeline).</summary>
public class SpeakerAfterTitledObjectListPipelineTests
{
    [Theory]
    [InlineData("The envoy spoke by phone with General Omar Haddad al-Amin and Karim Saleh Nouri, the ministry said.", "the ministry")]
    [InlineData("The envoy met with Colonel Omar Haddad and Karim Nouri, the army said.", "the army")]
    public void Only_the_reporting_clause_subject_speaks(string text, string speaker) =>
        ArticleBody.Events<Statement>(text, new DateOnly(2024, 5, 10))
            .Should().ContainSingle().Which.Speakers.Select(a => a.Text).Should().Equal(speaker);

    [Fact]
    public void A_titled_subject_list_still_speaks_together() =>
        ArticleBody.Events<Statement>("Colonel Omar Haddad and Karim Nouri said the talks had failed.", new DateOnly(2024, 5, 10))
            .Should().ContainSingle().Which.Speakers.Should().HaveCount(2);
}
