using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>"protesters demanding civilian rule": the party right before an -ing statement verb speaks (made-up sentences, whole pipeline).</summary>
public class StatementReducedRelativeSpeakerPipelineTests
{
    private static readonly DateOnly Published = new(2022, 6, 3);

    [Fact]
    public void Protesters_demanding_something_are_the_speakers_not_those_who_fired_on_them() =>
        ArticleBody.Events<Statement>("Riot police fired tear gas on demonstrators demanding new elections in Lima on Thursday.", Published)
            .Should().ContainSingle().Which.Speakers.Select(a => a.Text).Should().Equal("demonstrators");

    [Fact]
    public void A_message_to_a_party_is_not_spoken_by_that_party() =>
        ArticleBody.Events<Statement>("The family sent a letter to local police explaining that the clinic had been threatened.", Published)
            .SelectMany(st => st.Speakers).Should().NotContain(a => a.Text == "local police");
}
