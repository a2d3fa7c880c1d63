using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "The Tigers look as if they are on the brink of launching another offensive": the pronoun subject of a state phrase
/// ending in "of" before a perpetration verb in "-ing" stands for the attacker; not past another verb, "they were
/// accused of carrying out the attack", which names suspects (made-up sentences, whole pipeline).
/// </summary>
public class AttackStatePhrasePronounPipelineTests
{
    [Theory]
    [InlineData("The Tigers look as if they are on the brink of launching another offensive, an analyst said.", "Tigers")]
    [InlineData("The Red Hand Front has regrouped in the hills. Officials say it is on the verge of launching an offensive against the capital.", "Red Hand Front")]
    public void The_pronoun_before_the_state_phrase_stands_for_the_attacker(string text, string attacker) =>
        ArticleBody.Events<Attack>(text, new DateOnly(2024, 5, 1))
            .Should().ContainSingle().Which.Attackers.Select(a => a.Text).Should().Equal(attacker);

    [Fact]
    public void An_accused_party_is_not_read_through_the_state_phrase() =>
        ArticleBody.Events<Attack>("The Red Hand Front was banned on Monday. Officials say it was accused of carrying out an attack on the market.", new DateOnly(2024, 5, 1))
            .SelectMany(e => e.Attackers).Select(a => a.Text).Should().NotContain("Red Hand Front");
}
