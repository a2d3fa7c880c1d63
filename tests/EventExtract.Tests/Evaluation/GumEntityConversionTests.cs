using EventExtract.Training;

namespace EventExtract.Tests.Evaluation;

/// <summary>
/// GUM's entity mentions turned into UniversalNER-style names (the recognizer's training data and its GUM score):
/// a name followed by another entity after "of"/"in", or an organization with a clause after a comma, keeps only the
/// name before it, as UniversalNER tags them. Invented sentences in GUM's format.
/// </summary>
public class GumEntityConversionTests
{
    private static string[] Bio(string words, string upos, params string[] misc)
    {
        var w = words.Split(' ');
        return GumEntities.ToBio(new ConlluSentence("x-1", w, upos.Split(' '), w.Select(_ => "_").ToArray(), misc));
    }

    [Fact]
    public void A_person_of_a_party_is_two_names()
    {
        var bio = Bio("Gary Chan of the Labour Party won .", "PROPN PROPN ADP DET PROPN PROPN VERB PUNCT",
            "Entity=(1-person-new", "_", "_", "Entity=(2-organization-new", "_", "Entity=2)1)", "_", "_");

        bio.Should().Equal("B-PER I-PER O O B-ORG I-ORG O O".Split(' '));
    }

    [Fact]
    public void An_organization_before_a_relative_clause_is_named_without_it()
    {
        var bio = Bio("He taught at the University of Basel , where he worked .", "PRON VERB ADP DET PROPN ADP PROPN PUNCT ADV PRON VERB PUNCT",
            "_", "_", "_", "Entity=(1-organization-new", "_", "_", "Entity=(2-place-new)", "_", "_", "_", "Entity=1)", "_");

        bio.Should().Equal("O O O O B-ORG I-ORG I-ORG O O O O O".Split(' '));
    }

    [Fact]
    public void An_office_of_a_place_stays_one_name()
    {
        var bio = Bio("Norton was Protector of Mexico .", "PROPN AUX PROPN ADP PROPN PUNCT",
            "Entity=(1-person-new)", "_", "Entity=(1-person-new", "_", "Entity=(3-place-new)1)", "_");

        bio.Should().Equal("B-PER O B-PER I-PER I-PER O".Split(' '));
    }
}
