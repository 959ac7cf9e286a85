namespace CorpusPortal.Web.Components.Search;

/// <summary>
/// The addresses a page moved to itself, not yet reported back by the browser. In a circuit the browser reports each
/// move a round trip later, by when the reader may have typed on and the page moved again: such a late report is the
/// page's own older move, not an arrival (a link, back), and must not put the search box back to its older text.
/// </summary>
public sealed class OwnMoves
{
    /// <summary>Moves never reported (the page lost its browser meanwhile) are forgotten beyond this many.</summary>
    private const int Kept = 64;

    private readonly List<SearchAddress> _pending = [];

    /// <summary>The page moves the browser to <paramref name="address"/>.</summary>
    public void Moved(SearchAddress address)
    {
        _pending.Add(address);
        if (_pending.Count > Kept)
        {
            _pending.RemoveAt(0);
        }
    }

    /// <summary>
    /// True when the browser reports one of the page's own moves (it and every earlier move are then settled); false
    /// for an address the reader arrived at.
    /// </summary>
    public bool Reported(SearchAddress address)
    {
        var at = _pending.IndexOf(address);
        if (at < 0)
        {
            return false;
        }
        _pending.RemoveRange(0, at + 1); // the browser reports moves in the order they were made
        return true;
    }
}
