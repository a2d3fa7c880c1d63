using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>A summit named as such ("the East Asia Summit") is a meeting, unlike other trigger words inside names (made-up sentences, whole pipeline).</summary>
public class MeetingNamedSummitPipelineTests
{
    private static readonly DateOnly Published = new(2023, 9, 5);

    [Fact]
    public void A_named_summit_is_a_planned_meeting() =>
        ArticleBody.Events<Meeting>("The Japanese prime minister is due to attend the Pacific Islands Summit on Thursday.", Published)
            .Should().ContainSingle().Which.Status.Should().Be(EventStatus.Planned);

    [Fact]
    public void A_conference_that_names_a_body_is_still_no_meeting() =>
        ArticleBody.Events<Meeting>("The Italian Episcopal Conference published its annual report on Thursday.", Published)
            .Should().BeEmpty();
}

/// <summary>"the Group of Seven summit": a lowercase meeting noun the recognizer ran into an organization's name is still a meeting.</summary>
public class MeetingNounAfterOrganizationNamePipelineTests
{
    [Fact]
    public void A_lowercase_summit_after_an_organization_name_is_a_meeting() =>
        ArticleBody.Events<Meeting>("Leaders arrived in Bari on Thursday for the Group of Seven summit.", new DateOnly(2024, 6, 14))
            .Should().ContainSingle();
}
