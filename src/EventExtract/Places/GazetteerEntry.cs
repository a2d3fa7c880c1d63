namespace EventExtract.Places;

/// <summary>Everything the gazetteer knows about one spelling: its country or party sense and the same-named cities.</summary>
/// <param name="Sense">How the name refers to a country, or <see cref="NameSense.Party"/> for groups and organizations.</param>
/// <param name="CountryCode">The country of the sense (null for cities-only entries and country-less organizations).</param>
/// <param name="Canonical">The canonical name of the sense (country name, group name), or the spelling itself.</param>
/// <param name="PartyKind">Group or Organization for <see cref="NameSense.Party"/>.</param>
/// <param name="SenseCity">The city a metonym stands for when used as a place (a capital), or null.</param>
/// <param name="Cities">Same-named cities, most populous first.</param>
internal sealed record GazetteerEntry(NameSense Sense, string? CountryCode, string Canonical, ActorKind PartyKind, City? SenseCity, IReadOnlyList<City> Cities)
{
    /// <summary>True when the spelling names a country, its government or its people.</summary>
    public bool HasCountrySense => Sense is NameSense.CountryName or NameSense.Metonym or NameSense.Demonym or NameSense.Plural;
}
