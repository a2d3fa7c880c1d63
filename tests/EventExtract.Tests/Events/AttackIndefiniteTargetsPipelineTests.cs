using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// Two targets each introduced with "a"/"an" are two things even when their head nouns agree: "a fuel depot" and
/// "an ammunition depot" do not make two strikes one attack.
/// </summary>
public class AttackIndefiniteTargetsPipelineTests
{
    private static readonly DateOnly Published = new(2024, 5, 1);

    [Fact]
    public void Two_depots_each_introduced_with_a_are_two_attacks()
    {
        const string body = "Artillery shells hit a fuel depot on the edge of the city overnight, officials said.\n\n"
            + "Firefighters worked for hours to put out the flames. The mayor asked residents to stay indoors.\n\n"
            + "Schools will stay closed until Monday.\n\n"
            + "Elsewhere, drones struck an ammunition depot in Belgorod, the governor said.";
        var attacks = ArticleBody.Events<Attack>(body, Published);
        attacks.Should().ContainSingle(a => a.Mentions.Any(m => m.Trigger.Text == "struck"))
            .Which.Mentions.Should().ContainSingle();
    }
}
