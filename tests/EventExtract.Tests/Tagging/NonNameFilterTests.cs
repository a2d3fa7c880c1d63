using EventExtract.Tagging;
using EventExtract.Text;

namespace EventExtract.Tests.Tagging;

public class NonNameFilterTests
{
    private static EntitySpan Name(TokenTable tokens, int first, int count, EntityType type) =>
        new(new TextSpan(tokens.GetSpan(first).Start, tokens.GetSpan(first + count - 1).End), first, count, type, 0.8f);

    private static List<string> Texts(TokenTable tokens, IEnumerable<EntitySpan> names) =>
        names.Select(n => tokens.Text[n.Span.Start..n.Span.End]).ToList();

    [Fact]
    public void A_storm_and_its_bare_name_elsewhere_are_no_names()
    {
        var (tokens, _) = TokenTables.FromWords(
            ["Typhoon", "Marisol", "hit", "Luzon", ".", "Marisol", "weakened", "as", "Elena", "Cruz", "watched", "."]);
        var names = new List<EntitySpan>
        {
            Name(tokens, 0, 2, EntityType.Person), Name(tokens, 3, 1, EntityType.Location),
            Name(tokens, 5, 1, EntityType.Person), Name(tokens, 8, 2, EntityType.Person),
        };
        Texts(tokens, NonNameFilter.Apply(tokens, names)).Should().Equal("Luzon", "Elena Cruz");
    }

    [Fact]
    public void A_place_name_the_gazetteer_does_not_know_before_a_weapon_noun_is_the_weapon_not_a_place()
    {
        var (tokens, _) = TokenTables.FromWords(
            ["Russia", "fired", "Kalibr", "cruise", "missiles", "at", "Odesa", ";", "Gaza", "rocket", "fire", "hit", "Sderot", "."]);
        var names = new List<EntitySpan>
        {
            Name(tokens, 0, 1, EntityType.Location), Name(tokens, 2, 1, EntityType.Location), Name(tokens, 6, 1, EntityType.Location),
            Name(tokens, 8, 1, EntityType.Location), Name(tokens, 12, 1, EntityType.Location),
        };
        // "Gaza" before "rocket" is a place the gazetteer knows, so it stays one.
        Texts(tokens, NonNameFilter.Apply(tokens, names)).Should().Equal("Russia", "Odesa", "Gaza", "Sderot");
    }

    [Fact]
    public void A_storm_name_tagged_without_its_storm_word_is_dropped()
    {
        var (tokens, _) = TokenTables.FromWords(["Hurricane", "Odalys", "reached", "Texas", "."]);
        var names = new List<EntitySpan> { Name(tokens, 1, 1, EntityType.Person), Name(tokens, 3, 1, EntityType.Location) };
        Texts(tokens, NonNameFilter.Apply(tokens, names)).Should().Equal("Texas");
    }

    [Fact]
    public void A_lone_nationality_word_is_no_name_but_a_name_holding_one_is()
    {
        var (tokens, _) = TokenTables.FromWords(["Dutch", "libraries", "joined", "the", "Dutch", "Reformed", "Church", "."]);
        var names = new List<EntitySpan> { Name(tokens, 0, 1, EntityType.Organization), Name(tokens, 4, 3, EntityType.Organization) };
        Texts(tokens, NonNameFilter.Apply(tokens, names)).Should().Equal("Dutch Reformed Church");
    }

    [Fact]
    public void A_lone_count_word_is_no_name()
    {
        var (tokens, _) = TokenTables.FromWords(["Thousands", "of", "farmers", "marched", "with", "Dozens", "Brandt", "."]);
        var names = new List<EntitySpan> { Name(tokens, 0, 1, EntityType.Person), Name(tokens, 5, 2, EntityType.Person) };
        Texts(tokens, NonNameFilter.Apply(tokens, names)).Should().Equal("Dozens Brandt");
    }

    [Fact]
    public void A_lone_word_for_people_by_what_they_do_is_no_name()
    {
        var (tokens, _) = TokenTables.FromWords(["Gunmen", "ambushed", "a", "bus", "as", "Rebels", "Nkosi", "watched", "."]);
        var names = new List<EntitySpan> { Name(tokens, 0, 1, EntityType.Person), Name(tokens, 5, 2, EntityType.Person) };
        Texts(tokens, NonNameFilter.Apply(tokens, names)).Should().Equal("Rebels Nkosi");
    }

    [Fact]
    public void An_attack_by_capitalized_gunmen_has_an_unnamed_group_as_attacker()
    {
        var attack = EventExtract.Tests.Events.ArticleBody.Events<EventExtract.Events.Attack>(
            "Gunmen ambushed a passenger bus near the town of Tarvo on Tuesday, killing six people, police said.", new DateOnly(2024, 3, 5))
            .Should().ContainSingle().Subject;

        attack.Attackers.Should().ContainSingle().Which.Kind.Should().Be(EventExtract.Places.ActorKind.Group);
    }

    [Fact]
    public void Names_without_storms_or_nationalities_come_back_unchanged()
    {
        var (tokens, _) = TokenTables.FromWords(["Storms", "hit", "Oslo", "."]);
        var names = new List<EntitySpan> { Name(tokens, 2, 1, EntityType.Location) };
        NonNameFilter.Apply(tokens, names).Should().BeSameAs(names);
    }

    [Fact]
    public void A_lone_weekday_is_no_name_but_a_name_holding_one_is()
    {
        var (tokens, _) = TokenTables.FromWords(["Talks", "resume", "Wednesday", "with", "Wednesday", "Addams", "."]);
        var names = new List<EntitySpan> { Name(tokens, 2, 1, EntityType.Person), Name(tokens, 4, 2, EntityType.Person) };
        Texts(tokens, NonNameFilter.Apply(tokens, names)).Should().Equal("Wednesday Addams");
    }

    [Fact]
    public void A_letter_alone_is_no_name_but_an_initial_in_a_longer_name_stays()
    {
        var (tokens, _) = TokenTables.FromWords(["Under", "Plan", "B", ",", "J.", "Mwangi", "said", "Z", "would", "lose", "."]);
        var names = new List<EntitySpan>
        {
            Name(tokens, 2, 1, EntityType.Person), Name(tokens, 4, 2, EntityType.Person), Name(tokens, 7, 1, EntityType.Location),
        };
        Texts(tokens, NonNameFilter.Apply(tokens, names)).Should().Equal("J. Mwangi");
    }
}
