using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// Whole-pipeline addressees of a subjectless "when asked": the question was put to the main clause's subject, the
/// speaker of the sentence's statement or the name opening the main clause; an "asked whether …" aside after a subject
/// puts the question to that subject, who speaks the main verb; a name right after a quote and "asked" is the asker.
/// Invented sentences.
/// </summary>
public class StatementQuestionAddresseePipelineTests
{
    private static readonly DateOnly Published = new(2026, 5, 12);

    private static Statement Asked(string body) => ArticleBody.StatementWithTrigger("Port strike\n\n" + body, Published, "asked");

    [Fact]
    public void Said_when_asked_addresses_the_question_to_the_speaker()
    {
        var asked = Asked("\"We will stay out,\" union spokesman Ali Demir said when asked about the offer.");

        asked.Addressees.Select(a => a.Text).Should().Equal("Ali Demir");
        asked.Speakers.Should().BeEmpty();
    }

    [Fact]
    public void When_asked_opening_the_sentence_addresses_the_main_clauses_named_subject_not_a_name_inside_the_question()
    {
        var asked = Asked("When asked whether the port director, Jan de Boer, had approved the offer, Maria Costa shook her head.");

        asked.Addressees.Select(a => a.Text).Should().Equal("Maria Costa");
    }

    [Fact]
    public void Asked_right_after_a_quote_has_the_name_after_it_as_the_speaker_not_the_one_asked()
    {
        var asked = Asked("\"Who will pay for the repairs?\" asked Lena Varga, a dock worker at the terminal.");

        asked.Speakers.Select(a => a.Text).Should().Equal("Lena Varga");
        asked.Addressees.Should().BeEmpty();
    }

    [Fact]
    public void Urged_right_after_a_quote_with_the_subject_after_it_keeps_the_urger_as_speaker()
    {
        var urged = ArticleBody.StatementWithTrigger("Port strike\n\n\"Go back to work,\" urged Mayor Tom Keller.", Published, "urged");

        urged.Speakers.Select(a => a.Text).Should().Equal("Tom Keller");
        urged.Addressees.Should().BeEmpty();
    }

    [Fact]
    public void An_asked_aside_after_the_subject_makes_the_subject_the_one_asked_and_the_speaker_of_the_main_verb()
    {
        const string body = "Mayor Tom Keller, asked whether he would resign, replied: \"Not today.\"";
        var asked = Asked(body);
        var replied = ArticleBody.StatementWithTrigger("Port strike\n\n" + body, Published, "replied");

        asked.Addressees.Select(a => a.Text).Should().Equal("Tom Keller");
        asked.Speakers.Should().BeEmpty();
        replied.Speakers.Select(a => a.Text).Should().Equal("Tom Keller");
    }

    [Fact]
    public void A_date_between_the_subject_and_an_asked_aside_does_not_hide_the_speaker()
    {
        var said = ArticleBody.StatementWithTrigger("Port strike\n\nMayor Tom Keller on Tuesday, asked if the port would reopen, said: \"Soon.\"", Published, "said");

        said.Speakers.Select(a => a.Text).Should().Equal("Tom Keller");
    }
}
