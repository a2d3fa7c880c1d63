using EventExtract.Events;
using EventExtract.Places;
using EventExtract.Text;
using EventExtract.Time;
using EventExtract.Training.Evaluation;

namespace EventExtract.Tests.Evaluation;

public class EventScorerTests
{
    // Two sentences: [0..40) and [41..90).
    private static readonly TextSpan S1 = new(0, 40);
    private static readonly TextSpan S2 = new(41, 90);

    private static EventAnnotation GoldStatement(string id, int start, string trigger = "said") => new()
    {
        Id = id,
        Type = "Statement",
        Mentions = [new EventAnnotationMention { Trigger = trigger, Start = start, End = start + trigger.Length }],
        Speakers = [new EventAnnotationActor { Text = "President Donald Trump", Start = 0, End = 22, Kind = "Person", CountryCode = "US" }],
        Date = new EventAnnotationDate { Text = "Friday", Value = "2019-10-25" },
    };

    private static Statement PredictedStatement(int start, TextSpan sentence, params Actor[] speakers) => new()
    {
        Trigger = new TextMention("said", new TextSpan(start, start + 4)),
        Sentence = new TextMention("", sentence),
        Mentions = [new EventMention(new TextMention("said", new TextSpan(start, start + 4)), new TextMention("", sentence))],
        Speakers = speakers,
        Date = new Timex(new TextSpan(30, 36), "Friday", TimexType.Date, "2019-10-25", TimexMod.None, 0),
    };

    [Fact]
    public void No_prediction_scores_zero_recall_and_counts_every_gold_argument_as_missed()
    {
        var report = EventScorer.Score([GoldStatement("e1", 23)], []);

        report.Events["Statement"].Should().Be(new PrfCounts(0, 0, 1));
        report.Overall.Recall.Should().Be(0);
        report.Arguments["speakers"].Should().Be(new PrfCounts(0, 0, 1));
        report.Arguments["date"].Should().Be(new PrfCounts(0, 0, 1));
        report.Misses.Should().ContainSingle();
    }

    [Fact]
    public void A_prediction_in_the_gold_trigger_sentence_matches_even_with_another_trigger_word()
    {
        var trump = new Actor("Trump", new TextSpan(60, 65), ActorKind.Person, "US", "Donald Trump");
        var predicted = PredictedStatement(10, S1, trump) with { Trigger = new TextMention("told", new TextSpan(10, 14)) };

        var report = EventScorer.Score([GoldStatement("e1", 23)], [predicted]);

        report.Events["Statement"].Should().Be(new PrfCounts(1, 0, 0));
        report.Arguments["speakers"].Should().Be(new PrfCounts(1, 0, 0), "the canonical name contains the gold head word 'Trump'");
        report.Arguments["date"].Should().Be(new PrfCounts(1, 0, 0));
        report.Arguments["status"].Should().Be(new PrfCounts(1, 0, 0));
    }

    [Fact]
    public void A_prediction_in_another_sentence_or_of_another_type_does_not_match()
    {
        var elsewhere = PredictedStatement(50, S2);
        var wrongType = new Attack
        {
            Trigger = new TextMention("said", new TextSpan(23, 27)),
            Sentence = new TextMention("", S1),
            Mentions = [],
            AttackType = AttackType.Other,
        };

        var report = EventScorer.Score([GoldStatement("e1", 23)], [elsewhere, wrongType]);

        report.Events["Statement"].Should().Be(new PrfCounts(0, 1, 1));
        report.Events["Attack"].Should().Be(new PrfCounts(0, 1, 0));
        report.FalseAlarms.Should().HaveCount(2);
    }

    [Fact]
    public void Matching_is_one_to_one_and_prefers_the_prediction_whose_trigger_overlaps()
    {
        var far = PredictedStatement(2, S1);
        var exact = PredictedStatement(23, S1);

        var report = EventScorer.Score([GoldStatement("e1", 23)], [far, exact]);

        report.Events["Statement"].Should().Be(new PrfCounts(1, 1, 0));
        report.Matches.Should().ContainSingle().Which.Predicted.Should().BeSameAs(exact);
    }

    [Fact]
    public void A_wrong_date_value_counts_as_one_false_alarm_and_one_miss()
    {
        var predicted = PredictedStatement(23, S1) with { Date = new Timex(new TextSpan(30, 36), "Friday", TimexType.Date, "2019-11-01", TimexMod.None, 0) };

        var report = EventScorer.Score([GoldStatement("e1", 23)], [predicted]);

        report.Arguments["date"].Should().Be(new PrfCounts(0, 1, 1));
        report.ArgumentErrors.Should().Contain(e => e.Contains("2019-11-01"));
    }

    [Theory]
    [InlineData("U.S. special envoy Zalmay Khalilzad", "Khalilzad")]
    [InlineData("counterparts from China", "counterparts")]
    [InlineData("Pakistan's army", "army")]
    [InlineData("Yvette Cooper, Labour's Shadow Home Secretary", "Cooper")]
    [InlineData("the Church of Scientology", "Church")]
    public void Head_word_is_the_last_word_before_a_preposition_or_comma(string phrase, string head) =>
        EventScorer.HeadWord(phrase).Should().Be(head);

    [Fact]
    public void An_actor_matches_by_overlapping_span_or_by_name_but_not_by_an_unrelated_name()
    {
        var gold = new EventAnnotationActor { Text = "Zalmay Khalilzad", Start = 100, End = 116, Kind = "Person" };

        EventScorer.ActorMatches(gold, new Actor("Khalilzad", new TextSpan(107, 116), ActorKind.Person, "US", "Khalilzad")).Should().BeTrue();
        EventScorer.ActorMatches(gold, new Actor("the envoy", new TextSpan(300, 309), ActorKind.Person, "US", "Zalmay Khalilzad")).Should().BeTrue();
        EventScorer.ActorMatches(gold, new Actor("Pompeo", new TextSpan(300, 306), ActorKind.Person, "US", "Mike Pompeo")).Should().BeFalse();
    }

    [Fact]
    public void A_location_matches_by_name_or_by_gazetteer_name_but_not_another_city()
    {
        var gold = new EventAnnotationLocation { Text = "Moscow", CountryCode = "RU" };

        EventScorer.LocationMatches(gold, new Place("Moscow", new TextSpan(0, 6), "Moscow", "RU", 524901, null, null, false)).Should().BeTrue();
        EventScorer.LocationMatches(gold, new Place("MOSCOW", new TextSpan(0, 6), "Moscow", "RU", 524901, null, null, false)).Should().BeTrue();
        EventScorer.LocationMatches(gold, new Place("the Russian capital", new TextSpan(0, 19), "Moscow", "RU", 524901, null, null, false)).Should().BeTrue();
        EventScorer.LocationMatches(gold, new Place("Kabul", new TextSpan(0, 5), "Kabul", "AF", 1138958, null, null, false)).Should().BeFalse();
    }

    [Fact]
    public void A_city_with_its_state_matches_the_city_but_never_the_state_or_country_alone()
    {
        var gold = new EventAnnotationLocation { Text = "Springfield, Ill.", CountryCode = "US" };

        EventScorer.LocationMatches(gold, new Place("Springfield", new TextSpan(0, 11), "Springfield", "US", 4250542, null, null, false)).Should().BeTrue();
        EventScorer.LocationMatches(gold, new Place("Ill.", new TextSpan(13, 17), "Ill.", "US", null, null, null, false)).Should().BeFalse();
        EventScorer.LocationMatches(gold, new Place("the United States", new TextSpan(0, 17), "United States", "US", null, null, null, true)).Should().BeFalse();

        var atlanta = new EventAnnotationLocation { Text = "Atlanta, Georgia", CountryCode = "US" };
        EventScorer.LocationMatches(atlanta, new Place("Georgia", new TextSpan(9, 16), "Georgia", "GE", null, null, null, true)).Should().BeFalse();
        EventScorer.LocationMatches(atlanta, new Place("Georgia", new TextSpan(9, 16), "Georgia", "US", null, null, null, false)).Should().BeFalse();
    }

    [Fact]
    public void Two_spellings_of_one_country_match_by_country_code()
    {
        var gold = new EventAnnotationLocation { Text = "the U.S.", CountryCode = "US" };

        EventScorer.LocationMatches(gold, new Place("America", new TextSpan(0, 7), "United States", "US", null, null, null, true)).Should().BeTrue();
        EventScorer.LocationMatches(gold, new Place("Washington", new TextSpan(0, 10), "Washington", "US", 4140963, null, null, false)).Should().BeFalse();
        EventScorer.LocationMatches(new EventAnnotationLocation { Text = "southern Lebanon", CountryCode = "LB" },
            new Place("Lebanon", new TextSpan(0, 7), "Lebanon", "LB", null, null, null, true)).Should().BeFalse();
    }
}
