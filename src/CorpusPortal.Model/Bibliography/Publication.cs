namespace CorpusPortal.Model.Bibliography;

/// <summary>
/// Where and when a document was published, as far as it is known: every field is null when unknown, and nothing
/// is ever guessed to fill it. The container is the journal of an article, the institution of a thesis, the site of
/// a news article.
/// </summary>
public sealed record Publication
{
    public string? Container { get; init; }

    public string? Publisher { get; init; }

    public string? Volume { get; init; }

    public string? Issue { get; init; }

    /// <summary>The page range as printed: <c>123-145</c>, <c>e1023</c>.</summary>
    public string? Pages { get; init; }

    /// <summary>The DOI without a resolver in front: <c>10.1234/abcd.5678</c> (see <see cref="Identifiers.IsDoi"/>).</summary>
    public string? Doi { get; init; }

    /// <summary>Where the original is published (not the portal's own address).</summary>
    public string? Url { get; init; }

    public PartialDate? Published { get; init; }

    public PartialDate? Received { get; init; }

    public PartialDate? Accepted { get; init; }

    /// <summary>The licence the original is published under, as named (<c>CC BY-NC 4.0</c>).</summary>
    public string? Licence { get; init; }

    public static readonly Publication Unknown = new();

    /// <summary>The pages as a first and last page when the range has both (<c>123-145</c> or with an en dash).</summary>
    public (string First, string? Last)? PageRange
    {
        get
        {
            if (string.IsNullOrWhiteSpace(Pages))
            {
                return null;
            }
            var cut = Pages.IndexOfAny(['-', '–', '—']);
            return cut <= 0 ? (Pages.Trim(), null) : (Pages[..cut].Trim(), Pages[(cut + 1)..].Trim() is { Length: > 0 } last ? last : null);
        }
    }
}
