using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>Attacks spoken of as a recurring kind, with no party, are no attack event; recurring attacks on a target are.</summary>
public class AttackRecurringKindPipelineTests
{
    private static readonly DateOnly Published = new(2025, 3, 14);

    [Fact]
    public void A_bare_plural_with_a_recurring_time_and_no_party_is_no_attack()
    {
        ArticleBody.Events<Attack>("\"Our region is facing cyber attacks every day,\" the minister told reporters.", Published).Should().BeEmpty();
    }

    [Fact]
    public void Recurring_attacks_on_a_named_target_are_still_reported()
    {
        ArticleBody.Events<Attack>("Russian forces launched drone attacks on Kharkiv every night last week, officials said.", Published).Should().NotBeEmpty();
    }
}
