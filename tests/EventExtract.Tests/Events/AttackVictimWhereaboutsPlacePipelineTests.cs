using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// Crime reports often place a shooting only through what the victim was doing at that moment: "was shot as he stood
/// in the kitchen of his home in X", "killed while they slept in a camp near Y". The place of that clause is the
/// attack's; a place the victim was only heading for is not. Sentences and names invented for these tests (real towns).
/// </summary>
public class AttackVictimWhereaboutsPlacePipelineTests
{
    // A Saturday.
    private static readonly DateOnly Published = new(2021, 6, 12);

    private static Attack WithTrigger(string body, string trigger) =>
        ArticleBody.Events<Attack>(body, Published).Should().ContainSingle(a => a.Mentions.Any(m => m.Trigger.Text.Contains(trigger))).Subject;

    [Theory]
    [InlineData("Mr. Lund, a 60-year-old pharmacist, was shot to death on the night of May 3 as he stood in the kitchen of his home in suburban Dayton, Ohio, chatting with his wife.", "shot", "Dayton")]
    [InlineData("A sniper shot the banker as she sat on the porch of her house in Red Deer, Alberta.", "shot", "Red Deer")]
    [InlineData("Masked men stabbed the shopkeeper while he locked up his store in the town of Marietta, Ohio, on Friday night.", "stabbed", "Marietta")]
    public void The_place_of_the_victims_whereabouts_clause_is_the_scene(string body, string trigger, string name)
    {
        var attack = WithTrigger(body, trigger);

        attack.Location.Should().NotBeNull();
        attack.Location!.Name.Should().Be(name);
    }

    [Fact]
    public void A_place_the_victim_was_heading_for_is_no_scene()
    {
        var attack = WithTrigger("The gunman shot the teacher as she drove to Lagos on Monday.", "shot");

        attack.Location.Should().BeNull();
    }
}
