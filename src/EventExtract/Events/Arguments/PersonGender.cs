namespace EventExtract.Events.Arguments;

/// <summary>The gender a name or title marks, for resolving "he" and "she".</summary>
internal enum PersonGender
{
    /// <summary>Nothing in the name tells.</summary>
    Unknown,

    /// <summary>A woman ("Mrs. Cole", "the spokeswoman", a female first name).</summary>
    Female,

    /// <summary>A man ("Mr. Cole", "the spokesman", a male first name).</summary>
    Male,
}
