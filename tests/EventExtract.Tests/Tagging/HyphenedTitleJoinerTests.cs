using EventExtract.Events;
using EventExtract.Tests.Events;

namespace EventExtract.Tests.Tagging;

/// <summary>
/// An office written with a hyphen ("Secretary-General") that the recognizer cut at the hyphen is one party: "the U.N.
/// Secretary-General said" has that speaker, not "General". Invented sentences.
/// </summary>
public class HyphenedTitleJoinerTests
{
    private static readonly DateOnly Published = new(2024, 5, 2);

    [Fact]
    public void The_office_alone_speaks_as_one_party()
    {
        var statement = ArticleBody.Events<Statement>("The U.N. Secretary-General said on Monday that aid must flow.", Published)
            .Should().ContainSingle().Subject;

        statement.Speakers.Select(a => a.Text).Should().Equal("U.N. Secretary-General");
    }

    [Fact]
    public void The_office_after_a_fronted_preposition_is_spoken_to()
    {
        var statement = ArticleBody.Events<Statement>(
            "In a letter to the U.N. Secretary-General, the foreign minister called for a ceasefire.", Published)
            .Should().ContainSingle().Subject;

        statement.Speakers.Select(a => a.Text).Should().Equal("the foreign minister");
        statement.Addressees.Select(a => a.Text).Should().Equal("U.N. Secretary-General");
    }

    [Fact]
    public void A_name_after_the_office_still_speaks()
    {
        var statement = ArticleBody.Events<Statement>("UN Secretary-General Antonio Guterres said the war must end.", Published)
            .Should().ContainSingle().Subject;

        statement.Speakers.Select(a => a.Text).Should().Equal("Antonio Guterres");
    }
}
