using EventExtract.Tagging;
using EventExtract.Text;

namespace EventExtract.Tests.Tagging;

public class EntityRecognizerTests : IClassFixture<TaggingModelFixture>
{
    private readonly TaggingModelFixture _models;

    public EntityRecognizerTests(TaggingModelFixture models) => _models = models;

    private (TokenTable Table, List<EntitySpan> Names) Recognize(params string[] words)
    {
        var (table, sentence) = TokenTables.FromWords(words);
        var tags = new UniversalPos[table.Count];
        _models.Tagger.Tag(table, sentence, tags);
        var names = new List<EntitySpan>();
        _models.Recognizer.Recognize(table, sentence, tags, names);
        return (table, names);
    }

    private static string TextOf(TokenTable table, EntitySpan e) => table.Text[e.Span.Start..e.Span.End];

    [Fact]
    public void Finds_a_person_and_a_location_in_a_news_sentence()
    {
        var (table, names) = Recognize("Special", "envoy", "Zalmay", "Khalilzad", "flew", "to", "Moscow", "on", "Tuesday",
            "for", "talks", "with", "Russian", "officials", ".");
        names.Select(e => (TextOf(table, e), e.Type)).Should().Contain(("Zalmay Khalilzad", EntityType.Person))
            .And.Contain(("Moscow", EntityType.Location));
        var person = names.Single(e => e.Type == EntityType.Person);
        person.FirstToken.Should().Be(2);
        person.TokenCount.Should().Be(2);
        names.Should().OnlyContain(e => e.Confidence > 0f && e.Confidence <= 1f);
    }

    [Fact]
    public void Finds_an_organization()
    {
        var (table, names) = Recognize("The", "United", "Nations", "condemned", "the", "attack", "in", "Kabul", ".");
        names.Select(e => (TextOf(table, e), e.Type)).Should().Contain(("United Nations", EntityType.Organization))
            .And.Contain(("Kabul", EntityType.Location));
    }

    [Theory]
    [InlineData("Kelvarian", "Directorate")]
    [InlineData("Zardavi", "Brigade")]
    public void Types_an_unseen_name_by_its_organization_head(string name, string head)
    {
        // Neither name occurs in any training text; the head word's cue class types it.
        var (table, names) = Recognize("Officials", "of", "the", name, head, "said", "on", "Monday", "that", "talks", "would", "resume", ".");
        names.Select(e => (TextOf(table, e), e.Type)).Should().Contain(($"{name} {head}", EntityType.Organization));
    }

    [Theory]
    [InlineData("Secretary of State Maria Ortiz said the talks would resume .")]
    [InlineData("Minister of Finance Helen Watts announced the budget .")]
    [InlineData("Defence Minister Tomas Ferreira arrived in Lisbon on Sunday .")]
    public void Leaves_a_title_out_of_the_person_named_after_it(string sentence)
    {
        string[] words = sentence.Split(' ');
        // Titles are not part of a name in the training annotation, nor for the event arguments that use the names.
        var (table, names) = Recognize(words);
        int at = Array.FindIndex(words, w => w is "Maria" or "Helen" or "Tomas");
        var person = names.Should().ContainSingle(e => e.Type == EntityType.Person).Subject;
        (person.FirstToken, person.TokenCount).Should().Be((at, 2), TextOf(table, person));
        names.Should().NotContain(e => e.FirstToken < at && e.FirstToken + e.TokenCount > at, "no name spans the title and the person");
    }

    [Fact]
    public void Keeps_an_unknown_name_particle_inside_the_name()
    {
        var (table, names) = Recognize("Former", "President", "Joseph", "arap", "Kantai", "spoke", "to", "reporters", ".");
        names.Select(e => (TextOf(table, e), e.Type)).Should().Equal(("Joseph arap Kantai", EntityType.Person));
    }

    [Fact]
    public void Title_trim_relabels_only_what_precedes_the_person()
    {
        // Labels as a model might give them: [Kenyan President Joseph Kantai] as one person, then "of [State Maria Ortiz]"
        // as an organization after "Secretary of"; the trim keeps the person and leaves an organization that holds no first name.
        string[] words = ["Kenyan", "President", "Joseph", "Kantai", "met", "Secretary", "of", "State", "Maria", "Ortiz", "and", "the", "Minister", "of", "Foreign", "Affairs"];
        var infos = words.Select(w => _models.Recognizer.Info(w)).ToArray();
        var pos = new UniversalPos[words.Length];
        Array.Fill(pos, UniversalPos.PROPN);
        pos[0] = UniversalPos.ADJ;
        byte[] labels = Labels("B-PER I-PER I-PER L-PER O O O B-ORG I-ORG L-ORG O O O O B-ORG L-ORG");
        AveragedPerceptronEntityRecognizer.TrimTitles(infos, pos, labels);
        labels.Select(l => EntityLabels.Name(l)).Should().Equal("O O B-PER L-PER O O O O B-PER L-PER O O O O B-ORG L-ORG".Split(' '));
    }

    [Fact]
    public void A_titled_person_read_into_an_organization_is_cut_out_of_it()
    {
        // Labels as a model might give them: "[U.S. Secretary of State Nora Lindqvist]" and "[Minister of Foreign Affairs
        // Paul] Okafor" as organizations (the surname left out); "[Lincoln High School]" after a title word holds an
        // organization cue and stays.
        string[] words = ["U.S.", "Secretary", "of", "State", "Nora", "Lindqvist", "met", "Minister", "of", "Foreign", "Affairs", "Paul", "Okafor", "at", "President", "Lincoln", "High", "School"];
        var infos = words.Select(w => _models.Recognizer.Info(w)).ToArray();
        var pos = new UniversalPos[words.Length];
        Array.Fill(pos, UniversalPos.PROPN);
        byte[] labels = Labels("B-ORG I-ORG I-ORG I-ORG I-ORG L-ORG O B-ORG I-ORG I-ORG I-ORG L-ORG O O B-ORG I-ORG I-ORG L-ORG");
        AveragedPerceptronEntityRecognizer.TrimTitles(infos, pos, labels);
        labels.Select(l => EntityLabels.Name(l)).Should().Equal(
            "U-ORG O O O B-PER L-PER O O O O O B-PER L-PER O B-ORG I-ORG I-ORG L-ORG".Split(' '));
    }

    [Fact]
    public void A_first_name_left_out_before_a_particle_joins_the_person_after_it()
    {
        // Labels as a model might give them: "Alberto van [Klaveren]", "Maria da [Costa]"; "and" is no particle.
        string[] words = ["Alberto", "van", "Klaveren", "met", "Maria", "da", "Costa", "Lima", "and", "Peter", "Hansen"];
        var infos = words.Select(w => _models.Recognizer.Info(w)).ToArray();
        byte[] labels = Labels("O O U-PER O O O B-PER L-PER O O U-PER");
        AveragedPerceptronEntityRecognizer.JoinFirstNameOverParticles(infos, labels);
        labels.Select(l => EntityLabels.Name(l)).Should().Equal("B-PER I-PER L-PER O B-PER I-PER I-PER L-PER O O U-PER".Split(' '));
    }

    [Fact]
    public void Particle_join_needs_an_unknown_lowercase_word_between_two_persons()
    {
        string[] words = ["Joseph", "arap", "Kantai", "and", "Mary", "met", "Peter", "zq", "Lee"];
        var infos = words.Select(w => _models.Recognizer.Info(w)).ToArray();
        byte[] labels = Labels("U-PER O U-PER O U-PER O U-PER O U-LOC");
        AveragedPerceptronEntityRecognizer.JoinParticles(infos, labels);
        labels.Select(l => EntityLabels.Name(l)).Should().Equal("B-PER I-PER L-PER O U-PER O U-PER O U-LOC".Split(' '),
            "'and' is a known word, and a particle joins persons only");
    }

    internal static byte[] Labels(string names) =>
        names.Split(' ').Select(n => (byte)Enumerable.Range(0, EntityLabels.Count).Single(c => EntityLabels.Name(c) == n)).ToArray();

    [Fact]
    public void Model_carries_the_name_cue_classes()
    {
        _models.Recognizer.Info("Ministry").Cue.Should().Be(NameCues.Organization);
        _models.Recognizer.Info("Inc.").Cue.Should().Be(NameCues.Company);
        _models.Recognizer.Info("River").Cue.Should().Be(NameCues.Place);
        _models.Recognizer.Info("Mr.").Cue.Should().Be(NameCues.Title);
        _models.Recognizer.Info("ministry").Cue.Should().Be(0, "cues are capitalized words");
        _models.Recognizer.Info("Moscow").Cue.Should().Be(0);
    }

    [Fact]
    public void Sentence_without_names_yields_nothing()
    {
        Recognize("the", "talks", "ended", "without", "an", "agreement", ".").Names.Should().BeEmpty();
    }

    [Fact]
    public void Spans_refer_to_the_original_text_of_the_table()
    {
        const string text = "Officials said.  Zalmay Khalilzad arrived.";
        var table = new TokenTable(text);
        table.Add(0, 9, TokenKind.Word);
        table.Add(10, 14, TokenKind.Word);
        table.Add(14, 15, TokenKind.Punctuation);
        table.Add(17, 23, TokenKind.Word);
        table.Add(24, 33, TokenKind.Word);
        table.Add(34, 41, TokenKind.Word);
        table.Add(41, 42, TokenKind.Punctuation);
        var sentence = new Sentence(new TextSpan(17, 42), 3, 4, 0);
        var tags = new UniversalPos[table.Count];
        _models.Tagger.Tag(table, sentence, tags);
        var names = new List<EntitySpan>();
        _models.Recognizer.Recognize(table, sentence, tags, names);
        var person = names.Should().ContainSingle(e => e.Type == EntityType.Person).Subject;
        text[person.Span.Start..person.Span.End].Should().Be("Zalmay Khalilzad");
        person.FirstToken.Should().Be(3);
    }

    [Fact]
    public void Odd_input_does_not_throw()
    {
        var (table, _) = TokenTables.FromWords(["x"]);
        var names = new List<EntitySpan>();
        _models.Recognizer.Recognize(table, new Sentence(new TextSpan(0, 0), 0, 0, 0), ReadOnlySpan<UniversalPos>.Empty, names);
        names.Should().BeEmpty();

        // Missing tags (recognizer run without a tagger) degrade instead of throwing.
        var (t2, s2) = TokenTables.FromWords(["Khalilzad", "visited", "Moscow"]);
        _models.Recognizer.Recognize(t2, s2, ReadOnlySpan<UniversalPos>.Empty, names);

        var longSentence = Enumerable.Range(0, 500).Select(i => i % 5 == 0 ? "Moscow" : "said").ToArray();
        var (t3, n3) = Recognize(longSentence);
        n3.Should().OnlyContain(e => e.FirstToken + e.TokenCount <= 500);

        Recognize("Путин", "встретился", "с", "Си", "Цзиньпином", "в", "Пекине");
        Recognize("北京", "是", "中国", "的", "首都", "。");
        Recognize("🙂", "ﷺ", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢");
    }

    [Fact]
    public void An_organization_made_of_country_words_is_a_place()
    {
        string[] words = ["North", "Korea", "and", "Israel", "met", "Acme", "and", "the", "State", "Department"];
        var infos = words.Select(w => _models.Recognizer.Info(w)).ToArray();
        byte[] labels = Labels("B-ORG L-ORG O U-ORG O U-ORG O O B-ORG L-ORG");
        AveragedPerceptronEntityRecognizer.CountriesArePlaces(infos, labels);
        labels.Select(l => EntityLabels.Name(l)).Should().Equal("B-LOC L-LOC O U-LOC O U-ORG O O B-ORG L-ORG".Split(' '),
            "'Acme' is no country, and 'Department' heads an organization");
    }

    [Fact]
    public void A_lower_case_place_after_a_place_preposition_is_a_place()
    {
        var (table, names) = Recognize("last", "year", "we", "moved", "to", "auckland", "for", "work", ".");
        names.Select(e => (TextOf(table, e), e.Type)).Should().Equal(("auckland", EntityType.Location));
    }

    [Fact]
    public void A_lower_case_place_word_needs_a_place_preposition_and_a_word_not_usually_lower_case()
    {
        string[] words = ["auckland", "is", "big", "and", "we", "sat", "in", "reading", "rooms"];
        var infos = words.Select(w => _models.Recognizer.Info(w)).ToArray();
        byte[] labels = new byte[words.Length];
        AveragedPerceptronEntityRecognizer.LowercasePlaces(infos, labels);
        labels.Should().OnlyContain(l => l == EntityLabels.Outside);
    }

    [Fact]
    public void An_x_of_y_organization_carries_over_and_into_untagged_capitalized_words()
    {
        string[] words = ["the", "Department", "of", "Housing", "and", "Urban", "Development", "sued", "the", "Ministry", "of", "Defence", "and", "Army", "officials"];
        var infos = words.Select(w => _models.Recognizer.Info(w)).ToArray();
        byte[] labels = Labels("O B-ORG I-ORG L-ORG O O O O O B-ORG I-ORG L-ORG O O O");
        AveragedPerceptronEntityRecognizer.JoinOrganizationsOverAnd(infos, labels);
        labels.Select(l => EntityLabels.Name(l)).Should().Equal("O B-ORG I-ORG I-ORG I-ORG I-ORG L-ORG O O B-ORG I-ORG L-ORG O O O".Split(' '),
            "one capitalized word after 'and' is no name's tail");
    }

    [Fact]
    public void An_organization_is_not_joined_to_a_name_the_model_found_after_and()
    {
        string[] words = ["the", "Bank", "of", "Ruritania", "and", "Acme", "Holdings", "agreed"];
        var infos = words.Select(w => _models.Recognizer.Info(w)).ToArray();
        byte[] labels = Labels("O B-ORG I-ORG L-ORG O B-ORG L-ORG O");
        AveragedPerceptronEntityRecognizer.JoinOrganizationsOverAnd(infos, labels);
        labels.Select(l => EntityLabels.Name(l)).Should().Equal("O B-ORG I-ORG L-ORG O B-ORG L-ORG O".Split(' '));
    }

    [Fact]
    public void A_name_ending_in_a_company_form_is_an_organization()
    {
        string[] words = ["Ask", "Huber", "Corporation", "or", "Maria", "Ortiz", "at", "Acme", "Holdings", "Ltd."];
        var infos = words.Select(w => _models.Recognizer.Info(w)).ToArray();
        byte[] labels = Labels("O B-PER L-PER O B-PER L-PER O B-LOC I-LOC L-LOC");
        AveragedPerceptronEntityRecognizer.CompaniesAreOrganizations(infos, labels);
        labels.Select(l => EntityLabels.Name(l)).Should().Equal("O B-ORG L-ORG O B-PER L-PER O B-ORG I-ORG L-ORG".Split(' '));
    }
}
