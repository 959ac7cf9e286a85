using CorpusPortal.Web.Localization;
using Microsoft.AspNetCore.OutputCaching;

namespace CorpusPortal.Web.Services;

/// <summary>
/// The rendered reading pages, cached (ASP.NET Core output caching) so that a page read by many is rendered once:
/// one copy per address (query included) and interface language, for ten minutes at most. All of them are dropped
/// the moment the library changes (a publish, an unpublish, a reread); when new related passages are swapped in,
/// only the pages of the documents whose related passages changed.
/// </summary>
public sealed class PageCache
{
    public const string Policy = "reading";
    public const string Tag = "documents";

    private readonly IOutputCacheStore _store;

    public PageCache(IOutputCacheStore store, CorpusLibrary library, RelatedLinks related)
    {
        _store = store;
        library.Changed += _ => Invalidate();
        related.Swapped += changed =>
        {
            foreach (var id in changed)
            {
                Evict(DocumentTag(id));
            }
        };
    }

    public static void Configure(OutputCacheOptions options) => options.AddPolicy(Policy, policy => policy
        .SetVaryByQuery("*")
        .VaryByValue(context => new KeyValuePair<string, string>("ui", UiText.From(context).Language))
        .Expire(TimeSpan.FromMinutes(10))
        .Tag(Tag)
        .AddPolicy<DocumentTagPolicy>());

    /// <summary>Drops every cached reading page (the library changed: titles, citations and indexes may differ anywhere).</summary>
    public void Invalidate() => Evict(Tag);

    /// <summary>The tag of one document's cached pages (dropped when only its related passages change).</summary>
    public static string DocumentTag(string id) => "document:" + id;

    private void Evict(string tag) => _store.EvictByTagAsync(tag, CancellationToken.None).AsTask().GetAwaiter().GetResult();

    /// <summary>Tags a reading page with its document, from the route.</summary>
    private sealed class DocumentTagPolicy : IOutputCachePolicy
    {
        public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
        {
            if (context.HttpContext.Request.RouteValues.TryGetValue("Id", out var id) && id is string document)
            {
                context.Tags.Add(DocumentTag(document));
            }
            return ValueTask.CompletedTask;
        }

        public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

        public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;
    }
}
