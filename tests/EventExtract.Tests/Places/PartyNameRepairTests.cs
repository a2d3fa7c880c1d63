using EventExtract.Places;
using EventExtract.Tagging;

namespace EventExtract.Tests.Places;

/// <summary>
/// A curated party's name of several words (groups.tsv) wins over a recognized name that cuts into it or runs on from
/// it into lowercase words, or reads it as a person; a longer name going on in capitals keeps its reading. Sentences
/// invented for these tests.
/// </summary>
public class PartyNameRepairTests
{
    private static AnalyzedDocument Resolve(string text, params (string, EntityType)[] names) => ResolverTestHelper.Resolve(text, names);

    [Fact]
    public void A_name_split_inside_a_party_name_gives_way_to_the_party()
    {
        var doc = Resolve("Doctors Without Borders said its clinic was hit.", ("Doctors", EntityType.Person), ("Borders", EntityType.Person));

        doc.Actors.Should().ContainSingle().Which.Should().Match<Actor>(a => a.Text == "Doctors Without Borders" && a.Kind == ActorKind.Organization);
    }

    [Fact]
    public void A_name_running_from_a_party_name_into_lowercase_words_gives_way_to_the_party()
    {
        var doc = Resolve("Amnesty International called for an independent inquiry.", ("Amnesty International called for an independent", EntityType.Organization));

        doc.Actors.Should().ContainSingle().Which.Should().Match<Actor>(a => a.Text == "Amnesty International" && a.Kind == ActorKind.Organization);
    }

    [Fact]
    public void A_curated_group_read_as_a_person_is_the_group()
    {
        var doc = Resolve("Hezbollah said it fired rockets at an army base.", ("Hezbollah", EntityType.Person));

        doc.Actors.Should().ContainSingle().Which.Should().Match<Actor>(a => a.Text == "Hezbollah" && a.Kind == ActorKind.Group && a.CountryCode == "LB");
    }

    [Fact]
    public void A_longer_name_going_on_in_capitals_keeps_its_reading()
    {
        var doc = Resolve("Human Rights Watch researcher Ana Diaz said the camp was full.", ("Ana Diaz", EntityType.Person));

        doc.Actors.Should().Contain(a => a.Text == "Ana Diaz" && a.Kind == ActorKind.Person);
        doc.Actors.Should().Contain(a => a.Text == "Human Rights Watch" && a.Kind == ActorKind.Organization);
    }
}
