using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>"the talks" / "the meeting" that name a host or a late arrival refer back to the meeting reported before.</summary>
public class MeetingBackReferencePartiesPipelineTests
{
    private static readonly DateOnly Published = new(2025, 3, 14);

    [Fact]
    public void A_host_of_the_talks_joins_the_meeting_reported_before()
    {
        var meeting = ArticleBody.Events<Meeting>(
            "The presidents of Estonia, Latvia and Lithuania met in Riga on Friday.\n\nLatvian President Edgars Rinkevics hosted the talks.", Published)
            .Should().ContainSingle().Subject;
        meeting.Host!.Text.Should().Be("Edgars Rinkevics");
        meeting.Participants.Select(p => p.Text).Should().Contain(["Estonia", "Latvia", "Lithuania"]);
    }

    [Fact]
    public void Someone_who_also_attended_the_meeting_joins_its_participants()
    {
        var meeting = ArticleBody.Events<Meeting>(
            "The leaders of Peru and Chile met in Lima on Friday.\n\nThe meeting was also attended by Bolivian President Luis Arce.", Published)
            .Should().ContainSingle().Subject;
        meeting.Participants.Select(p => p.Text).Should().Contain("Luis Arce");
        meeting.Location!.Name.Should().Be("Lima");
    }

    [Fact]
    public void A_definite_meeting_with_a_hyphenated_duration_refers_back()
    {
        var meeting = ArticleBody.Events<Meeting>(
            "Trade ministers from the Andean Community met in Quito on Friday.\n\nThe ministers issued a joint declaration at the end of the two-day meeting.", Published)
            .Should().ContainSingle().Subject;
        meeting.Location!.Name.Should().Be("Quito");
    }

    [Fact]
    public void An_ordinal_inside_a_hyphenated_compound_does_not_make_a_new_attack() =>
        ArticleBody.Events<Attack>(
            "A gunman shot dead a shopkeeper in Dayton on Monday.\n\nThe man was charged on Thursday with second-degree murder.", Published)
            .Should().ContainSingle();

    [Fact]
    public void Talks_between_parties_of_their_own_are_a_new_meeting()
    {
        ArticleBody.Events<Meeting>(
            "The leaders of Peru and Chile met in Lima on Friday.\n\nOn Saturday, the talks between Japanese and Korean envoys in Tokyo ended without a deal.", Published)
            .Should().HaveCount(2);
    }
}

/// <summary>"NATO chief Mark Rutte": the person, not the organization before the title, is the party.</summary>
public class OrganizationTitlePersonPipelineTests
{
    private static readonly DateOnly Published = new(2025, 3, 14);

    [Theory]
    [InlineData("Qatari officials met Hamas leader Ismail Haniyeh in Doha on Monday.", "Ismail Haniyeh", "Hamas")]
    [InlineData("Finnish officials met NATO chief Mark Rutte in Brussels on Monday.", "Mark Rutte", "NATO")]
    public void A_person_named_after_an_organization_and_a_title_is_the_participant(string sentence, string person, string organization)
    {
        var meeting = ArticleBody.Events<Meeting>(sentence, Published).Should().ContainSingle().Subject;
        meeting.Participants.Select(p => p.Text).Should().Contain(person).And.NotContain(organization);
    }
}

/// <summary>Organization names the recognizer ran on into a date, and titled heads of organizations, in statements and meetings.</summary>
public class OrganizationNameEdgePipelineTests
{
    private static readonly DateOnly Published = new(2024, 10, 3);

    [Fact]
    public void The_date_after_an_organization_is_not_part_of_its_name()
    {
        var statement = ArticleBody.Events<Statement>(
            "The European Commission on Thursday warned Hungary that it could lose access to frozen funds.", Published)
            .Should().ContainSingle().Subject;
        statement.Speakers.Select(s => s.Text).Should().Equal("European Commission");
    }

    [Fact]
    public void A_head_titled_with_a_capitalized_title_after_the_organization_is_the_participant()
    {
        var meeting = ArticleBody.Events<Meeting>(
            "Viktor Orban is due to meet European Council President Charles Michel in Brussels next week.", Published)
            .Should().ContainSingle().Subject;
        meeting.Participants.Select(p => p.Text).Should().Contain("Charles Michel").And.NotContain(p => p.Contains("Council"));
    }
}
