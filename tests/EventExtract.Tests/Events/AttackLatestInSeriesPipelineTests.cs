using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>"…, police said, in the latest attack by the group" and "In the latest attack, gunmen killed …": a "latest attack" phrase framing the sentence's own attack is that attack, not another one (made-up sentences, whole pipeline).</summary>
public class AttackLatestInSeriesPipelineTests
{
    [Fact]
    public void A_trailing_latest_attack_phrase_is_the_sentence_attack() =>
        ArticleBody.Events<Attack>("At least 15 people were killed when militants stormed a hotel in Mogadishu on Saturday, police said, in the latest attack by the Islamist group.", new DateOnly(2024, 2, 11))
            .Should().ContainSingle().Which.Attackers.Select(a => a.Text).Should().Contain("the Islamist group");

    [Fact]
    public void A_fronted_latest_attack_phrase_leaves_the_clause_its_attacker_and_victims()
    {
        var attack = ArticleBody.Events<Attack>("Rebels attacked a village near Beni on Monday. In the latest attack, gunmen killed five farmers in Oicha on Tuesday.", new DateOnly(2024, 2, 11))
            .Should().ContainSingle(a => a.Location != null && a.Location.Name == "Oicha").Which;
        attack.Attackers.Select(a => a.Text).Should().Equal("gunmen");
        attack.Targets.Select(a => a.Text).Should().Equal("five farmers");
    }

    [Fact]
    public void The_latest_attack_in_a_later_sentence_is_still_a_new_one() =>
        ArticleBody.Events<Attack>("Rebels attacked a village near Beni on Monday. The latest attack killed five farmers in Oicha on Tuesday.", new DateOnly(2024, 2, 11))
            .Should().HaveCount(2);
}
