using EventExtract;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers EventExtract with a dependency-injection container.</summary>
public static class EventExtractServiceCollectionExtensions
{
    /// <summary>
    /// Adds one shared <see cref="EventExtractor"/> (a singleton: it is thread-safe and loads its models once).
    /// </summary>
    public static IServiceCollection AddEventExtractor(this IServiceCollection services, EventExtractorOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddSingleton(_ => EventExtractor.Create(options));
        return services;
    }
}
