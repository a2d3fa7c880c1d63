using System.Text.Json.Serialization;

namespace EventExtract.Output;

/// <summary>Source-generated System.Text.Json metadata for the output contract (camelCase, nulls written).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(ArticleJson))]
public sealed partial class EventExtractJsonContext : JsonSerializerContext
{
}
