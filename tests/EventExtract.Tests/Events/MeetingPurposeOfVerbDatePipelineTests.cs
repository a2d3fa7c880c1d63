using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "Ruto on Monday welcomed Prime Minister Abiy Ahmed to State House for talks": the talks are the purpose of the only
/// verb before them, and that verb's date dates them, however long its object. Invented sentence.
/// </summary>
public class MeetingPurposeOfVerbDatePipelineTests
{
    [Fact]
    public void Talks_for_which_a_guest_was_welcomed_take_the_welcome_date() =>
        ArticleBody.Events<Meeting>("Kenyan President William Ruto on Monday welcomed Ethiopian Prime Minister Abiy Ahmed to State House for talks on regional security.", new DateOnly(2024, 2, 27))
            .Should().ContainSingle().Which.Date!.Value.Should().Be("2024-02-26");
}
