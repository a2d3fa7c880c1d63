using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// Whole-pipeline statements whose speaker is named in an apposition ("Chile's foreign minister, Ana Valdes, said"),
/// only by a surname later on, or after a multi-word headline; and contents after a dated verb ("said on Tuesday that").
/// Invented sentences.
/// </summary>
public class StatementAppositionPipelineTests
{
    private static readonly DateOnly Published = new(2026, 3, 10);

    private static List<Statement> Statements(string text) => ArticleBody.ArticleEvents<Statement>(text, Published);

    private static Statement Said(string text, string trigger) => ArticleBody.StatementWithTrigger(text, Published, trigger);

    [Fact]
    public void A_name_after_a_countrys_title_is_the_speaker_with_that_country()
    {
        var statement = Said("Border talks\n\nChile's foreign minister, Ana Valdes, said the crossings would reopen soon.", "said");

        statement.Speakers.Should().ContainSingle();
        statement.Speakers[0].Text.Should().Be("Ana Valdes");
        statement.Speakers[0].CountryCode.Should().Be("CL");
    }

    [Fact]
    public void A_demonym_counterpart_set_off_by_commas_gives_the_name_its_country()
    {
        var statement = Said("Border talks\n\nHer Peruvian counterpart, Jorge Quispe, told reporters the trucks were waiting.", "told");

        statement.Speakers.Select(s => (s.Text, s.CountryCode)).Should().Equal(("Jorge Quispe", "PE"));
    }

    [Fact]
    public void A_name_before_its_role_stays_the_speaker_after_a_headline_without_a_full_stop()
    {
        // The headline ends in a prepositional phrase; its words are not the sentence's.
        var statement = Said("Talks on border crossings\n\nAnna Berg, the Swedish spokesperson, said the border would reopen.", "said");

        statement.Speakers.Select(s => s.Text).Should().Equal("Anna Berg");
    }

    [Fact]
    public void A_later_surname_alone_is_the_same_person_and_speaks()
    {
        var result = ArticleBody.Extractor.Extract(
            "Border talks\n\nJorge Quispe met truck drivers in Tacna on Monday.\n\nQuispe later warned that Peru would close the crossings again.",
            new ArticleInfo(Published: Published));

        result.Actors.Where(a => a.Text == "Quispe").Select(a => a.Canonical).Should().Equal("Jorge Quispe");
        var warned = result.Events.OfType<Statement>().Single(s => s.Mentions.Any(m => m.Trigger.Text == "warned"));
        warned.Speakers.Select(s => s.Canonical).Should().Equal("Jorge Quispe");
    }

    [Theory]
    [InlineData("Rosa Lind said on Tuesday that the crossings would reopen soon.")]
    [InlineData("Rosa Lind said Tuesday that the crossings would reopen soon.")]
    [InlineData("Rosa Lind said late Monday that the crossings would reopen soon.")]
    public void A_date_between_the_verb_and_that_is_not_part_of_the_content(string sentence)
    {
        var statement = Said("Border talks\n\n" + sentence, "said");

        statement.Content.Should().Be("the crossings would reopen soon");
        statement.Speakers.Select(s => s.Text).Should().Equal("Rosa Lind");
    }

    [Fact]
    public void A_to_phrase_inside_what_was_said_names_no_addressee()
    {
        var statement = Said("Border talks\n\nMohamud said his government would deploy 2,000 additional troops to the Gedo region.", "said");

        statement.Addressees.Should().BeEmpty();
        statement.Content.Should().Be("his government would deploy 2,000 additional troops to the Gedo region");
    }

    [Fact]
    public void A_quote_told_to_a_gathering_is_the_content()
    {
        var statement = Said("Border talks\n\n\"Terrorism knows no borders,\" Ruto told a news conference.", "told");

        statement.Content.Should().Be("Terrorism knows no borders");
    }

    [Theory]
    [InlineData("Police said the soldiers were safe.", "Police")]
    [InlineData("The minister said no soldiers had been hurt.", "The minister")]
    public void A_group_opening_what_was_said_is_part_of_the_content(string sentence, string speaker)
    {
        var statement = Said("Border talks\n\n" + sentence, "said");

        statement.Speakers.Select(s => s.Text).Should().Equal(speaker);
        statement.Content.Should().Be(sentence[(sentence.IndexOf(" said ", StringComparison.Ordinal) + 6)..^1]);
    }

    [Theory]
    [InlineData("COPENHAGEN, June 12 - A cyberattack disrupted three ports, the port authority said.")]
    [InlineData("COPENHAGEN, June 12 (Reuters) - A cyberattack disrupted three ports, the port authority said.")]
    [InlineData("COPENHAGEN _ A cyberattack disrupted three ports, the port authority said.")]
    public void A_dateline_is_not_part_of_what_was_said(string sentence)
    {
        var statement = Said("Ports hit\n\n" + sentence, "said");

        statement.Content.Should().Be("A cyberattack disrupted three ports");
    }

    [Fact]
    public void Content_follows_that_after_a_prepositional_phrase_and_economists_speak()
    {
        var statement = Said("Growth outlook\n\nEconomists at Nordbank said in a note to clients that growth would slow.", "said");

        statement.Speakers.Select(s => s.Text).Should().Equal("Economists");
        statement.Content.Should().Be("growth would slow");
    }

    [Fact]
    public void Who_declines_to_comment_is_the_speaker_of_a_statement_not_made()
    {
        var statement = Said("Budget row\n\nThe prime minister's office declined to comment.", "comment");

        statement.Speakers.Select(s => s.Text).Should().Equal("The prime minister's office");
        statement.Status.Should().Be(EventStatus.Cancelled);
    }
}
