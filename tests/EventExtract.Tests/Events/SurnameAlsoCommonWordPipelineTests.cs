using EventExtract.Events;
using EventExtract.Places;

namespace EventExtract.Tests.Events;

/// <summary>
/// "Brown wore a brown suit. Brown told reporters": news refers to people by surname at the start of a sentence, and
/// many surnames are also common words the article writes in lower case ("brown", "may", "hunt"); the speaker stays a
/// person. Invented sentences.
/// </summary>
public class SurnameAlsoCommonWordPipelineTests
{
    [Fact]
    public void A_surname_opening_sentences_stays_a_person_when_the_word_is_also_written_in_lower_case() =>
        ArticleBody.Events<Statement>("Brown wore a brown suit to the hearing. Brown told reporters he was hopeful.", new DateOnly(2024, 9, 9))
            .Should().ContainSingle().Which.Speakers.Should().ContainSingle(a => a.Text == "Brown")
            .Which.Kind.Should().Be(ActorKind.Person);
}
