namespace CorpusPortal.Web.Components.Search;

/// <summary>
/// The address of a search page: the query, the hits skipped and the view. Every state of the search page has one,
/// so a search can be shared, bookmarked, and returned to with the back button.
/// </summary>
public sealed record SearchAddress(string Query, int Skip = 0, string? View = null)
{
    public override string ToString() =>
        "/search?q=" + Uri.EscapeDataString(Query)
        + (Skip > 0 ? "&skip=" + Skip.ToString(System.Globalization.CultureInfo.InvariantCulture) : "")
        + (View is null ? "" : "&view=" + Uri.EscapeDataString(View));

    /// <summary>The words of the query, split where a reader separates them (filters such as <c>lang:tr</c> are words).</summary>
    public static IReadOnlyList<string> Words(string query) => query.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The query with <paramref name="filter"/> added, or taken out when it is in already (a facet is a toggle).</summary>
    public static string Toggle(string query, string filter)
    {
        var words = Words(query);
        return words.Contains(filter, StringComparer.Ordinal)
            ? string.Join(' ', words.Where(w => !string.Equals(w, filter, StringComparison.Ordinal)))
            : (query.Trim() + " " + filter).Trim();
    }

    public static bool Has(string query, string filter) => Words(query).Contains(filter, StringComparer.Ordinal);
}
