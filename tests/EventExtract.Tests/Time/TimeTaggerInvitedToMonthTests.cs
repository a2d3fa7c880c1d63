using EventExtract.Time;

namespace EventExtract.Tests.Time;

/// <summary>
/// "invited Li to visit Berlin in June": what someone is invited or urged to do lies ahead of the invitation, so a bare
/// month after it is the next such month; in a story of 14 May 2024, "June" is 2024-06, not last year's June.
/// </summary>
public class TimeTaggerInvitedToMonthTests
{
    private const string Dct = "2024-05-14";

    [Theory]
    [InlineData("Scholz invited Li to visit Berlin in June.")]
    [InlineData("Scholz invited his Chinese counterpart, Li Qiang, to visit Berlin in June.")]
    [InlineData("Li was invited to attend the summit in June.")]
    [InlineData("The envoy urged both sides to resume talks in June.")]
    public void A_month_of_what_someone_is_invited_or_urged_to_do_is_the_next_one(string sentence)
    {
        var found = TimeTaggerTests.Tag(sentence, Dct);

        found.Should().ContainSingle(t => t.Text == "June").Which.Value.Should().Be("2024-06");
    }

    [Fact]
    public void A_month_of_an_invitation_with_no_verb_after_it_stays_in_the_past()
    {
        var found = TimeTaggerTests.Tag("Scholz invited reporters in a statement in August.", Dct);

        found.Should().ContainSingle(t => t.Text == "August").Which.Value.Should().Be("2023-08");
    }
}
