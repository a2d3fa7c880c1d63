using EventExtract.Events;

namespace EventExtract.Tests.Events;

/// <summary>
/// "called X to discuss …" is a phone call; "called X to withdraw …" urges X to act and is none. A name the recognizer
/// cannot type, called by a named caller ("Putin called Erdogan"), is the one called.
/// </summary>
public class MeetingPhoneCallPurposePipelineTests
{
    private static readonly DateOnly Published = new(2025, 4, 17);

    [Theory]
    [InlineData("Petro called Boric on Tuesday to discuss the gas pipeline.", "Boric")]
    [InlineData("Lula called Petro to congratulate him on the peace accord.", "Petro")]
    public void A_call_for_a_purpose_of_talk_is_a_phone_call(string body, string called)
    {
        var call = ArticleBody.Events<Meeting>(body, Published).Should().ContainSingle().Subject;
        call.Participants.Select(p => p.Text).Should().Contain(called);
    }

    [Theory]
    [InlineData("The opposition called the government to resign over the scandal.")]
    [InlineData("Demonstrators called the United States to withdraw its troops.")]
    public void Calling_a_party_to_act_is_no_phone_call(string body) =>
        ArticleBody.Events<Meeting>(body, Published).Should().BeEmpty();
}
