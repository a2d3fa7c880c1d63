using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// A casualty count set apart from its verb by an aside ("At least two people, including a police officer, were
/// killed"), and a thing urged that is no one spoken to ("urged restraint"). Invented sentences.
/// </summary>
public class CountAsideAndUrgedThingPipelineTests
{
    private static readonly DateOnly Published = new(2023, 10, 30);

    [Theory]
    [InlineData("At least two people, including a police officer, were killed on Saturday when supporters of the party clashed with police in Velda.", 2)]
    [InlineData("Five soldiers, among them a colonel, were killed when rebels ambushed their convoy near Tarsk.", 5)]
    public void A_count_before_an_aside_is_the_death_toll(string body, int killed) =>
        ArticleBody.Events<Attack>(body, Published).Should().ContainSingle().Which.Killed.Should().Be(killed);

    [Fact]
    public void A_count_before_an_aside_is_the_injured_toll() =>
        ArticleBody.Events<Attack>("Three people, mostly children, were wounded in a bomb blast at a market in Tarsk.", Published)
            .Should().ContainSingle().Which.Injured.Should().Be(3);

    [Theory]
    [InlineData("The United Nations and the African Union urged restraint.")]
    [InlineData("Norland's foreign ministry urged calm after the vote.")]
    public void A_thing_urged_is_no_addressee(string body) =>
        ArticleBody.Events<Statement>(body, Published).Should().ContainSingle().Which.Addressees.Should().BeEmpty();

    [Theory]
    [InlineData("The United Nations urged all parties to show restraint.", "all parties")]
    [InlineData("In a statement, the embassy in Velda called on all sides to avoid violence.", "all sides")]
    public void Everyone_involved_is_an_addressee_though_named_nowhere(string body, string addressee) =>
        ArticleBody.Events<Statement>(body, Published).Should().ContainSingle().Which.Addressees.Select(a => a.Text).Should().Equal(addressee);

    [Fact]
    public void Parties_urged_to_act_are_still_addressees() =>
        ArticleBody.Events<Statement>("The United Nations urged the rebels to show restraint.", Published)
            .Should().ContainSingle().Which.Addressees.Should().ContainSingle(a => a.Text == "the rebels");
}

/// <summary>
/// "Leaders failed to agree on a deal at a summit": the summit is the occasion the agreement was tried at, so it took
/// place; a summit still hoped for stays planned. Invented sentences.
/// </summary>
public class MeetingOccasionOfFailurePipelineTests
{
    private static readonly DateOnly Published = new(2023, 6, 30);

    [Theory]
    [InlineData("Norland and Velda failed to agree on a new system for sharing fishing quotas at a summit in Tarsk on Thursday.")]
    [InlineData("Ministers failed to reach a deal during talks in Tarsk on Thursday.")]
    public void A_meeting_at_which_an_agreement_failed_took_place(string body) =>
        ArticleBody.Events<Meeting>(body, Published).Should().ContainSingle().Which.Status.Should().Be(EventStatus.Occurred);

    [Fact]
    public void A_meeting_at_which_an_agreement_is_hoped_for_is_planned() =>
        ArticleBody.Events<Meeting>("Norland and Velda hope to agree on a new system for sharing fishing quotas at a summit in Tarsk next month.", Published)
            .Should().ContainSingle().Which.Status.Should().Be(EventStatus.Planned);
}
