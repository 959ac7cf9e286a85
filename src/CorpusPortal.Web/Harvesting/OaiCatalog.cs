using CorpusPortal.Model.Documents;
using CorpusPortal.Web.Services;

namespace CorpusPortal.Web.Harvesting;

/// <summary>
/// Every record the repository has, published and deleted, in id order (the order lists page through), with the
/// earliest datestamp. Immutable: one is built per version of the library.
/// </summary>
public sealed class OaiCatalog
{
    private readonly Dictionary<string, OaiItem> _byId;

    public OaiCatalog(IEnumerable<OaiItem> items)
    {
        Items = items.OrderBy(i => i.Id, StringComparer.Ordinal).ToList();
        _byId = Items.ToDictionary(i => i.Id, StringComparer.Ordinal);
        Earliest = Items.Count == 0 ? DateTimeOffset.UnixEpoch : Items.Min(i => i.Datestamp);
    }

    public IReadOnlyList<OaiItem> Items { get; }

    public DateTimeOffset Earliest { get; }

    public OaiItem? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>The index of the first item whose id comes after <paramref name="id"/> (ordinal order).</summary>
    public int After(string? id)
    {
        if (id is null)
        {
            return 0;
        }
        int low = 0, high = Items.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (string.CompareOrdinal(Items[middle].Id, id) <= 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }
        return low;
    }

    /// <summary>The catalog of the library's documents and of those taken out of it, each dated as <paramref name="dates"/> says.</summary>
    public static OaiCatalog Of(IReadOnlyList<Document> documents, PublishDates dates, Func<string, Document?> readKept)
    {
        var live = documents.Select(d => new OaiItem(d.Id, OaiDates.ToSecond(dates.LastPublished(d.Id)), OaiSets.Of(d), d));
        var deleted = dates.Unpublished().Select(u => new OaiItem(u.Id, OaiDates.ToSecond(u.Removed), u.LastText is { } text && readKept(text) is { } last ? OaiSets.Of(last) : [], null));
        return new OaiCatalog(live.Concat(deleted));
    }
}
