using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "Troops killed three gunmen in a raid … Hours later, a gunman opened fire … The president condemned the raid": the
/// attack was already named by the noun, so "the raid" is that attack, whatever kind each mention was read as. Invented story.
/// </summary>
public class AttackSameNounKindPipelineTests
{
    [Fact]
    public void The_raid_condemned_later_is_the_raid_told_first()
    {
        const string body = "Israeli forces killed three Palestinian gunmen in a raid on the Jenin refugee camp early on Tuesday, the army said.\n\n"
            + "The Palestinian health ministry said the three men were aged between 19 and 24.\n\n"
            + "Hours later, a Palestinian gunman opened fire at a bus stop near the settlement of Ariel, wounding two Israelis, police said.\n\n"
            + "Palestinian President Mahmoud Abbas condemned the raid and called on the United States to intervene.";
        var attacks = ArticleBody.Events<Attack>(body, new DateOnly(2024, 5, 15));
        attacks.Should().HaveCount(2);
        attacks.Should().ContainSingle(a => a.Mentions.Count(m => m.Trigger.Text == "raid") == 2);
    }
}
