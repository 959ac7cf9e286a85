using CorpusPortal.Web.Components.Search;

namespace CorpusPortal.Web.Tests.Components;

/// <summary>
/// The search page tells its own moves, reported late by the browser, from a reader's arrival (CI caught the box put
/// back to an older query, and the keys typed after it lost, when the report came after more typing).
/// </summary>
public sealed class OwnMovesTests
{
    private static readonly SearchAddress Nahçıvan = new("Nahçıvan"), NahçıvanK = new("Nahçıvan k"), NahçıvanKöp = new("Nahçıvan köp");

    [Fact]
    public void A_move_reported_after_later_moves_is_the_page_s_own()
    {
        var moves = new OwnMoves();
        moves.Moved(Nahçıvan);
        moves.Moved(NahçıvanKöp);

        Assert.True(moves.Reported(Nahçıvan));
        Assert.True(moves.Reported(NahçıvanKöp));
    }

    [Fact]
    public void An_address_the_page_never_moved_to_is_an_arrival()
    {
        var moves = new OwnMoves();
        moves.Moved(NahçıvanKöp);

        Assert.False(moves.Reported(new SearchAddress("köprü")));
        Assert.False(moves.Reported(new SearchAddress("Nahçıvan köp", Skip: 20)));
    }

    [Fact]
    public void Once_a_later_move_is_reported_going_back_to_an_earlier_one_is_an_arrival()
    {
        var moves = new OwnMoves();
        moves.Moved(Nahçıvan);
        moves.Moved(NahçıvanK);
        Assert.True(moves.Reported(NahçıvanK)); // the earlier move is settled with it

        Assert.False(moves.Reported(Nahçıvan)); // the reader pressed back
    }

    [Fact]
    public void A_move_is_reported_once()
    {
        var moves = new OwnMoves();
        moves.Moved(Nahçıvan);
        Assert.True(moves.Reported(Nahçıvan));

        Assert.False(moves.Reported(Nahçıvan));
    }
}
