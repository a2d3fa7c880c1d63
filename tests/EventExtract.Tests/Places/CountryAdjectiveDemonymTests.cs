using EventExtract.Events;
using EventExtract.Tests.Events;

namespace EventExtract.Tests.Places;

/// <summary>
/// "in the Kazakh capital": the everyday adjectives of countries whose listed demonym is another form (Kazakh for
/// Kazakhstani, Uzbek, Azeri, Nepali) name that country, not a same-spelled town elsewhere. Sentences invented for these tests.
/// </summary>
public class CountryAdjectiveDemonymTests
{
    private static readonly DateOnly Published = new(2024, 5, 1);

    [Theory]
    [InlineData("Foreign ministers met in the Kazakh capital on Monday.", "KZ")]
    [InlineData("Foreign ministers met in the Uzbek capital on Monday.", "UZ")]
    [InlineData("Foreign ministers met in the Nepali capital on Monday.", "NP")]
    public void A_meeting_in_the_capital_of_an_adjective_is_in_that_country(string text, string code)
    {
        var meeting = ArticleBody.Events<Meeting>(text, Published).Should().ContainSingle().Subject;

        meeting.Location.Should().NotBeNull();
        meeting.Location!.CountryCode.Should().Be(code);
    }
}
