using EventExtract.Tagging;
using EventExtract.Text;

namespace EventExtract.Tests.Tagging;

public class NameEdgeTrimmerTests
{
    private static EntitySpan Name(TokenTable tokens, int first, int count, EntityType type) =>
        new(new TextSpan(tokens.GetSpan(first).Start, tokens.GetSpan(first + count - 1).End), first, count, type, 0.8f);

    private static string Text(TokenTable tokens, EntitySpan name) => tokens.Text[name.Span.Start..name.Span.End];

    [Fact]
    public void Function_words_the_recognizer_ran_on_into_are_cut_off()
    {
        var (tokens, _) = TokenTables.FromWords(["They", "asked", "the", "European", "Union", "for", "more", "funding", "."]);
        UniversalPos[] pos = [UniversalPos.PRON, UniversalPos.VERB, UniversalPos.DET, UniversalPos.ADJ, UniversalPos.PROPN, UniversalPos.ADP, UniversalPos.ADJ, UniversalPos.NOUN, UniversalPos.PUNCT];
        var result = NameEdgeTrimmer.Apply(tokens, pos, [Name(tokens, 3, 4, EntityType.Organization)]);
        result.Select(n => Text(tokens, n)).Should().Equal("European Union");
        result[0].TokenCount.Should().Be(2);
    }

    [Fact]
    public void A_person_name_ends_before_a_preposition_the_recognizer_ran_on_past()
    {
        var (tokens, _) = TokenTables.FromWords(["He", "hosted", "Abiy", "Ahmed", "at", "State", "House", "."]);
        UniversalPos[] pos = [UniversalPos.PRON, UniversalPos.VERB, UniversalPos.PROPN, UniversalPos.PROPN, UniversalPos.ADP, UniversalPos.PROPN, UniversalPos.PROPN, UniversalPos.PUNCT];
        var result = NameEdgeTrimmer.Apply(tokens, pos, [Name(tokens, 2, 5, EntityType.Person)]);
        result.Select(n => Text(tokens, n)).Should().Equal("Abiy Ahmed");
    }

    [Fact]
    public void A_dash_standing_alone_ends_a_name_and_starts_another()
    {
        var (tokens, _) = TokenTables.FromWords(["LIMA", ",", "Peru", "—", "Carmen", "Ruiz", "said", "."]);
        UniversalPos[] pos = [UniversalPos.PROPN, UniversalPos.PUNCT, UniversalPos.PROPN, UniversalPos.PUNCT, UniversalPos.PROPN, UniversalPos.PROPN, UniversalPos.VERB, UniversalPos.PUNCT];
        var result = NameEdgeTrimmer.Apply(tokens, pos, [Name(tokens, 2, 4, EntityType.Location)]);
        result.Select(n => Text(tokens, n)).Should().Equal("Peru", "Carmen Ruiz");
    }

    [Fact]
    public void Punctuation_at_a_name_edge_is_cut()
    {
        var (tokens, _) = TokenTables.FromWords(["(", "Reuters", ")", "—", "Ana", "Silva", "said", "."]);
        UniversalPos[] pos = [UniversalPos.PUNCT, UniversalPos.PROPN, UniversalPos.PUNCT, UniversalPos.PUNCT, UniversalPos.PROPN, UniversalPos.PROPN, UniversalPos.VERB, UniversalPos.PUNCT];
        var result = NameEdgeTrimmer.Apply(tokens, pos, [Name(tokens, 1, 3, EntityType.Organization), Name(tokens, 3, 3, EntityType.Person)]);
        result.Select(n => Text(tokens, n)).Should().Equal("Reuters", "Ana Silva");
    }

    [Fact]
    public void A_preposition_inside_an_organization_name_stays()
    {
        var (tokens, _) = TokenTables.FromWords(["the", "Council", "on", "Foreign", "Relations", "said"]);
        UniversalPos[] pos = [UniversalPos.DET, UniversalPos.PROPN, UniversalPos.ADP, UniversalPos.PROPN, UniversalPos.PROPN, UniversalPos.VERB];
        var names = new List<EntitySpan> { Name(tokens, 1, 4, EntityType.Organization) };
        NameEdgeTrimmer.Apply(tokens, pos, names).Should().Equal(names);
    }

    [Fact]
    public void A_lower_case_noun_head_stays_part_of_the_name()
    {
        var (tokens, _) = TokenTables.FromWords(["Fighting", "spread", "in", "Herat", "province", "."]);
        UniversalPos[] pos = [UniversalPos.NOUN, UniversalPos.VERB, UniversalPos.ADP, UniversalPos.PROPN, UniversalPos.NOUN, UniversalPos.PUNCT];
        var names = new List<EntitySpan> { Name(tokens, 3, 2, EntityType.Location) };
        NameEdgeTrimmer.Apply(tokens, pos, names).Should().Equal(names);
    }

    [Fact]
    public void A_name_written_in_lower_case_is_not_cut_to_nothing()
    {
        var (tokens, _) = TokenTables.FromWords(["tell", "us", "more"]);
        UniversalPos[] pos = [UniversalPos.VERB, UniversalPos.PRON, UniversalPos.ADJ];
        var names = new List<EntitySpan> { Name(tokens, 1, 2, EntityType.Location) };
        NameEdgeTrimmer.Apply(tokens, pos, names).Should().Equal(names);
    }

    [Fact]
    public void A_day_the_recognizer_ran_on_into_is_cut_off_with_its_preposition()
    {
        var (tokens, _) = TokenTables.FromWords(["Macron", "called", "Meloni", "on", "Tuesday", "."]);
        UniversalPos[] pos = [UniversalPos.PROPN, UniversalPos.VERB, UniversalPos.PROPN, UniversalPos.ADP, UniversalPos.PROPN, UniversalPos.PUNCT];
        var result = NameEdgeTrimmer.Apply(tokens, pos, [Name(tokens, 2, 3, EntityType.Location)], EventExtract.Places.PlacesResources.CalendarWords);
        result.Select(n => Text(tokens, n)).Should().Equal("Meloni");
    }

    [Fact]
    public void A_name_that_ends_in_of_and_a_month_is_kept()
    {
        var (tokens, _) = TokenTables.FromWords(["the", "Fourth", "of", "July", "parade"]);
        UniversalPos[] pos = [UniversalPos.DET, UniversalPos.PROPN, UniversalPos.ADP, UniversalPos.PROPN, UniversalPos.NOUN];
        var names = new List<EntitySpan> { Name(tokens, 1, 3, EntityType.Location) };
        NameEdgeTrimmer.Apply(tokens, pos, names, EventExtract.Places.PlacesResources.CalendarWords).Should().Equal(names);
    }

    [Fact]
    public void A_title_the_recognizer_kept_is_left_out_of_a_person_name()
    {
        var (tokens, _) = TokenTables.FromWords(["Yesterday", "Professor", "Ilse", "Vandermeer", "resigned", "."]);
        UniversalPos[] pos = [UniversalPos.NOUN, UniversalPos.PROPN, UniversalPos.PROPN, UniversalPos.PROPN, UniversalPos.VERB, UniversalPos.PUNCT];
        var result = NameEdgeTrimmer.Apply(tokens, pos, [Name(tokens, 1, 3, EntityType.Person)]);
        result.Select(n => Text(tokens, n)).Should().Equal("Ilse Vandermeer");
        result[0].FirstToken.Should().Be(2);
        result[0].TokenCount.Should().Be(2);
    }

    [Fact]
    public void A_lone_title_word_and_a_place_named_with_one_are_kept()
    {
        var (tokens, _) = TokenTables.FromWords(["The", "Captain", "sailed", "past", "Commander", "Islands", "."]);
        UniversalPos[] pos = [UniversalPos.DET, UniversalPos.PROPN, UniversalPos.VERB, UniversalPos.ADP, UniversalPos.PROPN, UniversalPos.PROPN, UniversalPos.PUNCT];
        var names = new List<EntitySpan> { Name(tokens, 1, 1, EntityType.Person), Name(tokens, 4, 2, EntityType.Location) };
        NameEdgeTrimmer.Apply(tokens, pos, names).Should().Equal(names);
    }

    [Fact]
    public void A_company_takes_in_its_legal_form_after_a_comma()
    {
        var (tokens, _) = TokenTables.FromWords(["She", "joined", "Brightwater", "Foods", ",", "Inc.", "in", "May", "."]);
        UniversalPos[] pos = [UniversalPos.PRON, UniversalPos.VERB, UniversalPos.PROPN, UniversalPos.PROPN, UniversalPos.PUNCT, UniversalPos.PROPN, UniversalPos.ADP, UniversalPos.PROPN, UniversalPos.PUNCT];
        var result = NameEdgeTrimmer.Apply(tokens, pos, [Name(tokens, 2, 2, EntityType.Person), Name(tokens, 5, 1, EntityType.Location)]);
        result.Select(n => (Text(tokens, n), n.Type)).Should().Equal(("Brightwater Foods , Inc.", EntityType.Organization));
    }

    [Fact]
    public void A_name_before_a_comma_and_an_ordinary_word_is_left_alone()
    {
        var (tokens, _) = TokenTables.FromWords(["Brightwater", "Foods", ",", "Incidentally", ",", "grew", "."]);
        UniversalPos[] pos = [UniversalPos.PROPN, UniversalPos.PROPN, UniversalPos.PUNCT, UniversalPos.ADV, UniversalPos.PUNCT, UniversalPos.VERB, UniversalPos.PUNCT];
        var names = new List<EntitySpan> { Name(tokens, 0, 2, EntityType.Organization) };
        NameEdgeTrimmer.Apply(tokens, pos, names).Should().Equal(names);
    }

    [Fact]
    public void A_bare_weekday_after_a_name_is_cut_off()
    {
        var (tokens, _) = TokenTables.FromWords(["Troops", "entered", "Fallujah", "Wednesday", "."]);
        UniversalPos[] pos = [UniversalPos.NOUN, UniversalPos.VERB, UniversalPos.PROPN, UniversalPos.PROPN, UniversalPos.PUNCT];
        var result = NameEdgeTrimmer.Apply(tokens, pos, [Name(tokens, 2, 2, EntityType.Location)], EventExtract.Places.PlacesResources.CalendarWords);
        result.Select(n => Text(tokens, n)).Should().Equal("Fallujah");
    }

    [Theory]
    [InlineData("The intrepid Ed Wong of the Gazette reported", 2, 5, "Ed Wong")]
    [InlineData("Ask Isabel Ruiz of Heaven Sent Gaming today", 1, 6, "Isabel Ruiz")]
    [InlineData("a portrait of Catherine of Aragon hung", 3, 3, "Catherine of Aragon")]
    public void Of_after_a_full_person_name_ends_it(string sentence, int first, int count, string expected)
    {
        var words = sentence.Split(' ');
        var (tokens, _) = TokenTables.FromWords(words);
        var pos = words.Select(w => w is "of" ? UniversalPos.ADP : w is "the" or "a" ? UniversalPos.DET : char.IsUpper(w[0]) ? UniversalPos.PROPN : UniversalPos.VERB).ToArray();
        var result = NameEdgeTrimmer.Apply(tokens, pos, [Name(tokens, first, count, EntityType.Person)]);
        result.Select(n => Text(tokens, n)).Should().Equal(expected);
    }

    [Fact]
    public void A_name_ends_before_an_email_address_but_not_before_a_mail_header_name()
    {
        var (tokens, _) = TokenTables.FromWords(["Regards", ",", "Tomas", "Ferreira", "tferreira@example.org", "Lisbon", "Traci", "Warner@ACME", "wrote"]);
        UniversalPos[] pos = [UniversalPos.NOUN, UniversalPos.PUNCT, UniversalPos.PROPN, UniversalPos.PROPN, UniversalPos.X, UniversalPos.PROPN, UniversalPos.PROPN, UniversalPos.PROPN, UniversalPos.VERB];
        var result = NameEdgeTrimmer.Apply(tokens, pos, [Name(tokens, 2, 4, EntityType.Person), Name(tokens, 6, 2, EntityType.Person)]);
        result.Select(n => Text(tokens, n)).Should().Equal("Tomas Ferreira", "Traci Warner@ACME");
    }

    [Fact]
    public void A_name_ending_in_a_hyphened_syllable_still_ends_before_a_preposition()
    {
        var doc = EventExtractor.Create().Analyze("North Korean leader Kim Jong-un at the border village of Panmunjom met the South Korean president on Friday.");
        doc.Actors.Select(a => a.Text).Should().Contain("Kim Jong-un").And.NotContain(t => t.Contains("border"));
    }
}
