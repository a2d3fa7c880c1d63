using EventExtract.Events;
using EventExtract.Places;

namespace EventExtract.Tests.Events;

/// <summary>Parties and targets with no name ("gunmen", "a police station") fill attack and statement roles.</summary>
public class UnnamedPartyTests
{
    private static readonly DateOnly Published = new(2020, 11, 5);

    [Fact]
    public void Gunmen_are_the_attackers_and_the_bus_the_target()
    {
        var events = new TestDocument("Gunmen opened fire on a bus near Peshawar, killing three.", Published)
            .Place("Peshawar", "PK")
            .Trigger("opened fire", EventType.Attack)
            .Find();

        var attack = (Attack)events.Should().ContainSingle().Subject;
        attack.Attackers.Select(a => a.Text).Should().Equal("Gunmen");
        attack.Targets.Select(a => a.Text).Should().Equal("a bus");
    }

    [Fact]
    public void A_weapon_object_is_no_target_the_phrase_after_at_is()
    {
        var events = new TestDocument("Militants fired mortar shells at a police station.", Published)
            .Trigger("fired", EventType.Attack)
            .Find();

        var attack = (Attack)events.Should().ContainSingle().Subject;
        attack.Attackers.Select(a => a.Text).Should().Equal("Militants");
        attack.Targets.Select(a => a.Text).Should().Equal("a police station");
    }

    [Fact]
    public void A_name_before_the_party_head_gives_one_named_party()
    {
        var events = new TestDocument("Hezbollah fighters attacked an army post.", Published)
            .Actor("Hezbollah", ActorKind.Group, "LB")
            .Trigger("attacked", EventType.Attack)
            .Find();

        var attack = (Attack)events.Should().ContainSingle().Subject;
        var attacker = attack.Attackers.Should().ContainSingle().Subject;
        attacker.Text.Should().Be("Hezbollah fighters");
        attacker.CountryCode.Should().Be("LB");
    }

    [Fact]
    public void A_casualty_word_with_only_unnamed_victims_is_no_attack()
    {
        var events = new TestDocument("Seventy soldiers were killed when two helicopters crashed.", Published)
            .Trigger("killed", EventType.Attack)
            .Find();

        events.Should().BeEmpty();
    }

    private static List<Statement> Statements(string body) => ArticleBody.Events<Statement>(body, Published);

    [Fact]
    public void A_bare_count_of_people_is_a_new_group_that_speaks_for_itself()
    {
        var statements = Statements("Police in Lakeville arrested a driver on Friday. Two men said they saw the car speed away.");

        statements.Should().ContainSingle().Which.Speakers.Select(a => a.Text).Should().Equal("Two men");
    }

    [Theory]
    [InlineData("One official, who requested anonymity, said the plan had failed.", "One official")]
    [InlineData("Another official said the plan had failed.", "Another official")]
    public void A_party_word_the_tagger_took_for_an_adjective_still_speaks(string sentence, string speaker)
    {
        Statements(sentence).Where(st => st.Mentions.Any(m => m.Trigger.Text == "said"))
            .Should().ContainSingle().Which.Speakers.Select(a => a.Text).Should().Equal(speaker);
    }
}
