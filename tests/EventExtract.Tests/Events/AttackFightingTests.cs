using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "Heavy fighting broke out between the army and rebels": fighting between armed sides is an attack whose sides are
/// both attackers; fighting in the courts, for rights, off an animal or against a disease is not. Invented sentences.
/// </summary>
public class AttackFightingTests
{
    private static readonly DateOnly Published = new(2026, 5, 12);

    [Theory]
    [InlineData("Heavy fighting broke out between the army and rebels near the border on Sunday.")]
    [InlineData("Fighting between government troops and militants killed 12 people.")]
    public void Fighting_between_armed_sides_is_an_attack(string sentence)
    {
        ArticleBody.Events<Attack>("Unrest in the north\n\n" + sentence, Published).Should().ContainSingle();
    }

    [Theory]
    [InlineData("Heavy fighting broke out between the army and rebels near the border on Sunday.")]
    [InlineData("Clashes erupted again between the army and rebels near the border on Sunday.")]
    // (A sentence-opening "Fighting" the tagger takes for a verb.)
    [InlineData("Fighting broke out between the army and rebels near the border on Sunday.")]
    public void The_sides_after_a_verb_of_outbreak_are_both_attackers(string sentence)
    {
        var attack = ArticleBody.Events<Attack>("Unrest in the north\n\n" + sentence, Published).Should().ContainSingle().Subject;

        attack.Attackers.Select(a => a.Text).Should().Equal("the army", "rebels");
    }

    [Theory]
    [InlineData("The boy's uncle is fighting in the courts to keep him in the country.")]
    [InlineData("A hiker saved two friends by fighting off a bear with a pocket knife.")]
    [InlineData("The nurses are fighting for better pay.")]
    [InlineData("The governor has spent years fighting corruption in the port.")]
    public void Other_fighting_is_no_attack(string sentence)
    {
        ArticleBody.Events<Attack>("Local news\n\n" + sentence, Published).Should().BeEmpty();
    }
}
