using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "Hezbollah has thousands of fighters. They have pursued attacks against Israeli forces": the pronoun subject of a verb
/// of carrying out an attack noun stands for the party named before, as the pronoun subject of an attack verb does.
/// </summary>
public class AttackPronounPerpetratorPipelineTests
{
    private static readonly DateOnly Published = new(2024, 5, 1);

    [Theory]
    [InlineData("Hezbollah is estimated to have thousands of fighters. They have pursued attacks against Israeli forces in the south.", "Hezbollah")]
    [InlineData("Iran funds Hezbollah. It has carried out bombings in Europe and South America.", "Iran")]
    public void Pronoun_subject_of_a_perpetration_verb_is_the_party_named_before(string body, string attacker)
    {
        var attack = ArticleBody.Events<Attack>(body, Published).Should().ContainSingle().Subject;
        attack.Attackers.Select(a => a.Text).Should().Equal(attacker);
    }
}
