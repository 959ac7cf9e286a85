namespace CorpusPortal.Web.Services;

/// <summary>The corpus the portal serves and what it derives from it, one of each for the whole process.</summary>
public static class CorpusServices
{
    public static IServiceCollection AddCorpus(this IServiceCollection services)
    {
        services.AddSingleton<CorpusLibrary>();
        services.AddSingleton<SearchService>();
        services.AddSingleton<CitationCatalog>();
        services.AddSingleton<RelatedLinks>();
        services.AddSingleton<PublishDates>();
        // Reading pages are cached until the next publish (PageCache).
        services.AddOutputCache(PageCache.Configure);
        services.AddSingleton<PageCache>();
        return services;
    }

    /// <summary>
    /// Builds the index before the first request (on first start, from corpus/), and starts the page cache following
    /// the library.
    /// </summary>
    public static WebApplication OpenCorpus(this WebApplication app)
    {
        app.Services.GetRequiredService<SearchService>();
        app.Services.GetRequiredService<PageCache>();
        return app;
    }
}
