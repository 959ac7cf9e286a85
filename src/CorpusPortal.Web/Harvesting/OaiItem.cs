using CorpusPortal.Model.Documents;

namespace CorpusPortal.Web.Harvesting;

/// <summary>
/// One record as harvesters see it: the document's id, its datestamp (last published, or taken out, to the
/// second), the sets it belongs to, and the document itself; null for a document that was taken out (deleted).
/// </summary>
public sealed record OaiItem(string Id, DateTimeOffset Datestamp, IReadOnlyList<string> Sets, Document? Document)
{
    public bool Deleted => Document is null;

    /// <summary>True when the item is in <paramref name="set"/> or in a set below it (<c>kind</c> holds <c>kind:news-article</c>).</summary>
    public bool InSet(string set) => Sets.Any(s => s == set || s.StartsWith(set + ":", StringComparison.Ordinal));
}
