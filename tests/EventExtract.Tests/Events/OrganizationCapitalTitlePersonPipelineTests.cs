using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "met Communist Party General Secretary Nguyen Phu Trong": an organization named before capitalized title words the
/// recognizer left outside any name, and a person's name, is the person's affiliation; the person is the one met (was
/// the party alone). Sentences invented for these tests.
/// </summary>
public class OrganizationCapitalTitlePersonPipelineTests
{
    [Fact]
    public void The_titled_person_after_the_organization_is_met()
    {
        var meeting = ArticleBody.Events<Meeting>("Kishida also met Communist Party General Secretary Nguyen Phu Trong on Monday.", new DateOnly(2023, 11, 28))
            .Should().ContainSingle().Subject;

        meeting.Participants.Select(p => p.Text).Should().Contain("Nguyen Phu Trong").And.NotContain("Communist Party");
    }
}
