using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// People hit together are each a target: the objects of one casualty verb joined by "and" ("killed a judge and his
/// son"), and the "with"/"along with" phrase of a passive attack verb ("was assassinated with his driver"); such people
/// killed together are counted together. A count of victims stays out of the targets. Sentences invented for these tests.
/// </summary>
public class AttackCoVictimsPipelineTests
{
    private static readonly DateOnly Published = new(2024, 3, 6);
    private static List<Attack> Attacks(string body) => ArticleBody.Events<Attack>(body, Published);

    [Theory]
    [InlineData("Gunmen killed a magistrate and his son in Tal Harb on Saturday, police said.", "a magistrate", "his son")]
    [InlineData("Masked gunmen shot dead a police colonel and his driver in Wadi Sera on Monday.", "a police colonel", "his driver")]
    public void The_coordinated_objects_of_one_casualty_verb_are_each_a_target(string body, string first, string second)
    {
        var attack = Attacks(body).Should().ContainSingle().Subject;

        attack.Targets.Select(t => t.Text).Should().Contain([first, second]);
    }

    [Theory]
    [InlineData("Gunmen killed a magistrate and his son in Tal Harb on Saturday, police said.")]
    [InlineData("Judge Omar Farid was shot dead with his driver in Wadi Sera on Sunday.")]
    public void People_killed_together_are_counted_together(string body)
    {
        var attack = Attacks(body).Should().ContainSingle().Subject;

        attack.Killed.Should().Be(2);
    }

    [Fact]
    public void A_counted_object_list_is_no_target()
    {
        var attack = Attacks("Gunmen killed two guards and a driver in Tal Harb on Saturday, police said.").Should().ContainSingle().Subject;

        attack.Targets.Should().BeEmpty();
    }

    [Theory]
    [InlineData("A provincial council member was assassinated with his driver in Wadi Sera on Sunday.", "his driver")]
    [InlineData("A Kurdish engineer was kidnapped along with his two brothers near Tal Harb.", "his two brothers")]
    public void The_with_phrase_of_a_passive_attack_verb_adds_a_target(string body, string withWhom)
    {
        var attack = Attacks(body).Should().ContainSingle().Subject;

        attack.Targets.Select(t => t.Text).Should().Contain(withWhom).And.HaveCount(2);
    }

    [Fact]
    public void A_with_phrase_naming_a_thing_adds_no_target()
    {
        var attack = Attacks("The mayor was shot dead with his own pistol in Wadi Sera.").Should().ContainSingle().Subject;

        attack.Targets.Select(t => t.Text).Should().Equal("The mayor");
    }
}
