using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// Made-up wire sentences, read by the full pipeline: a hyphened title ("Secretary-General", "Attorney-General",
/// "Director-General") before a person's name is the name's title, not a party of its own.
/// </summary>
public class MeetingHyphenedTitlePipelineTests
{
    private static readonly DateOnly Published = new(2026, 5, 14); // a Thursday

    private static List<string> Parties(string body) =>
        ArticleBody.Events<Meeting>(body, Published).Should().ContainSingle().Subject.Participants.Select(p => p.Text).ToList();

    [Fact]
    public void The_person_after_a_hyphened_title_is_the_party()
    {
        var parties = Parties("Aziz was to meet Secretary-General Kofi Annan later in the day.");

        parties.Should().Contain("Kofi Annan").And.NotContain(p => p.StartsWith("Secretary"));
    }

    [Fact]
    public void Listed_people_after_hyphened_titles_are_all_parties()
    {
        var parties = Parties("Annan later met Attorney-General Janet Reno and Director-General Mohamed ElBaradei.");

        parties.Should().Contain("Janet Reno").And.Contain("Mohamed ElBaradei").And.NotContain(p => p.StartsWith("Attorney"));
    }
}
