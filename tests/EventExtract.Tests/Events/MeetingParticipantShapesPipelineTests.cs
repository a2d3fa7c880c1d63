using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>Meeting participants in common news shapes that lost a party: a counterpart named in an aside, and others below.</summary>
public class MeetingParticipantShapesPipelineTests
{
    private static readonly DateOnly Published = new(2025, 5, 16);

    private static List<string> Parties(string body) =>
        ArticleBody.Events<Meeting>(body, Published).Should().ContainSingle().Subject.Participants.Select(p => p.Text).ToList();

    [Fact]
    public void A_party_joined_by_and_to_a_counterpart_named_in_an_aside_meets_too()
    {
        Parties("Foreign Minister Lena Varga and her counterpart, Tomas Ridel, held talks in Vienna on Monday.")
            .Should().BeEquivalentTo("Lena Varga", "Tomas Ridel");
        Parties("Premier Jonas Aldt and his Latvian counterpart, Rita Ozola, met in Riga on Monday.")
            .Should().BeEquivalentTo("Jonas Aldt", "Rita Ozola");
    }

    [Fact]
    public void A_counterpart_named_in_an_aside_with_no_party_before_it_meets_alone()
    {
        Parties("Her counterpart, Tomas Ridel, held talks in Vienna on Monday.").Should().Equal("Tomas Ridel");
    }
}
