using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>"King Hussein met with President Saddam Hussein": a one-word name after a sovereign title is its holder's whole name, not the surname of the other (made-up sentences, whole pipeline).</summary>
public class MeetingSovereignNamePipelineTests
{
    [Fact]
    public void A_king_and_a_president_sharing_a_word_are_two_participants() =>
        ArticleBody.Events<Meeting>("King Hussein met with Iraqi President Saddam Hussein in Baghdad on Monday.", new DateOnly(1990, 8, 14))
            .Should().ContainSingle().Which.Participants.Should().HaveCount(2);

    [Fact]
    public void A_surname_still_links_to_the_full_name() =>
        ArticleBody.Events<Statement>("President Saddam Hussein arrived in Amman on Monday. Hussein said Iraq would not withdraw.", new DateOnly(1990, 8, 14))
            .Should().ContainSingle().Which.Speakers.Should().ContainSingle().Which.Canonical.Should().Be("Saddam Hussein");
}
