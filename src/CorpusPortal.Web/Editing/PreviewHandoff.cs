namespace CorpusPortal.Web.Editing;

/// <summary>
/// Hands the draft the edit page read while prerendering over to its live preview's circuit, so the circuit shows
/// the same preview at once instead of reading the paper again (and the page does not flash empty). A draft is
/// too large for the framework's persisted component state, which travels back through one circuit message of at
/// most 64 KiB; here only a random key does. Kept briefly and bounded: a page whose circuit never starts leaves
/// nothing behind for long.
/// </summary>
public sealed class PreviewHandoff(TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(2);
    public const int Capacity = 64;

    private readonly Lock _gate = new();
    private readonly Dictionary<string, (Draft Draft, DateTimeOffset Until)> _drafts = new(StringComparer.Ordinal);

    /// <summary>Keeps a draft and returns the key that takes it back.</summary>
    public string Keep(Draft draft)
    {
        var key = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));
        var now = clock.GetUtcNow();
        lock (_gate)
        {
            foreach (var old in _drafts.Where(d => d.Value.Until <= now).Select(d => d.Key).ToList())
            {
                _drafts.Remove(old);
            }
            while (_drafts.Count >= Capacity)
            {
                _drafts.Remove(_drafts.MinBy(d => d.Value.Until).Key);
            }
            _drafts[key] = (draft, now + Lifetime);
        }
        return key;
    }

    /// <summary>The draft kept under a key, still kept (prerendering reads it; the circuit takes it).</summary>
    public Draft? Find(string? key)
    {
        lock (_gate)
        {
            return key is not null && _drafts.TryGetValue(key, out var kept) && kept.Until > clock.GetUtcNow() ? kept.Draft : null;
        }
    }

    /// <summary>The draft kept under a key, no longer kept.</summary>
    public Draft? Take(string? key)
    {
        lock (_gate)
        {
            return key is not null && _drafts.Remove(key, out var kept) && kept.Until > clock.GetUtcNow() ? kept.Draft : null;
        }
    }
}
