using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "A bunch of masked men attacked the mosque": a head that counts or gathers people with an "of" phrase naming them,
/// right before an attack verb, is the attacker as a whole; a count of weapons is none.
/// </summary>
public class AttackCollectiveSubjectPipelineTests
{
    private static readonly DateOnly Published = new(2024, 5, 1);

    [Theory]
    [InlineData("A bunch of masked men attacked the mosque in Peshawar.", "A bunch of masked men")]
    [InlineData("A group of armed men stormed a bank in Kirkuk on Sunday.", "A group of armed men")]
    public void Collective_head_with_its_people_is_the_attacker(string body, string attacker)
    {
        var attack = ArticleBody.Events<Attack>(body, Published).Should().ContainSingle().Subject;
        attack.Attackers.Select(a => a.Text).Should().Equal(attacker);
    }

    [Fact]
    public void A_series_of_bombs_is_no_attacker()
    {
        var attack = ArticleBody.Events<Attack>("A series of bombs hit the market in Hilla on Sunday.", Published).Should().ContainSingle().Subject;
        attack.Attackers.Should().BeEmpty();
    }
}
