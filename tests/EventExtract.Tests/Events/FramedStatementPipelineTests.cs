using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// A statement noun in a fronted phrase with a participle of its own ("In a statement released on Tuesday, the army
/// said") is the same speech act as the verb after it, dated by the phrase; a joint or final declaration is a
/// statement noun too. Sentences invented for these tests.
/// </summary>
public class FramedStatementPipelineTests
{
    private static readonly DateOnly Published = new(2023, 8, 9);

    [Fact]
    public void A_statement_noun_with_its_own_participle_frames_the_verb_after_it()
    {
        var statement = ArticleBody.Events<Statement>(
            "In a statement released on Tuesday, the army said two soldiers were wounded.", Published).Should().ContainSingle().Subject;

        statement.Speakers.Should().ContainSingle().Which.Text.Should().Be("the army");
        statement.Date!.Value.Should().Be("2023-08-08");
    }

    [Theory]
    [InlineData("In a speech at the Pentagon, Biden seemed to hint that the troops would stay.")]
    [InlineData("In a speech delivered at the Pentagon, Bush seemed to suggest that American forces could stay for some time.")]
    public void A_fronted_speech_is_spoken_by_the_subject_after_its_comma(string body)
    {
        var statement = ArticleBody.Events<Statement>(body, Published).Should().ContainSingle().Subject;

        statement.Speakers.Should().ContainSingle().Which.Text.Should().BeOneOf("Biden", "Bush");
        statement.Status.Should().Be(EventStatus.Occurred);
    }

    [Fact]
    public void A_joint_declaration_is_the_statement_of_the_countries_that_pledge_in_it()
    {
        var statement = ArticleBody.Events<Statement>(
            "In a joint declaration issued on Friday, Kenya and Uganda pledged to reopen the border.", Published).Should().ContainSingle().Subject;

        statement.Mentions.Should().HaveCount(2);
        statement.Speakers.Select(s => s.CountryCode).Should().BeEquivalentTo("KE", "UG");
        statement.Date!.Value.Should().Be("2023-08-04");
    }
}
