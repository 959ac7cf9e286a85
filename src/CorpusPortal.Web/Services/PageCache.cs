using Microsoft.AspNetCore.OutputCaching;

namespace CorpusPortal.Web.Services;

/// <summary>
/// The rendered reading pages, cached (ASP.NET Core output caching) so that a page read by many is rendered once:
/// one copy per address (query included) and interface language, for ten minutes at most, and all of them dropped
/// the moment the library changes (a publish, an unpublish, a reread) or new related passages are swapped in.
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
        related.Swapped += Invalidate;
    }

    public static void Configure(OutputCacheOptions options) => options.AddPolicy(Policy, policy => policy
        .SetVaryByQuery("*")
        .VaryByValue(context => new KeyValuePair<string, string>("ui", UiText.From(context).Language))
        .Expire(TimeSpan.FromMinutes(10))
        .Tag(Tag));

    public void Invalidate() => _store.EvictByTagAsync(Tag, CancellationToken.None).AsTask().GetAwaiter().GetResult();
}
