using CorpusPortal.Corpus.Alignment;
using CorpusPortal.Model.Alignment;

namespace CorpusPortal.Web.Parallel;

/// <summary>
/// An alignment being corrected, as two columns of cells: row k pairs the original's cell k with the
/// translation's cell k, and a cell is a segment or empty. Merging joins a cell with the one below it, splitting
/// cuts one in two, and inserting or removing an empty cell moves the rest of its column down or up against the
/// other: together they reach every alignment that keeps both texts in reading order.
/// </summary>
public sealed class AlignmentDraft
{
    private readonly List<List<TextRange>?>[] _columns;

    public AlignmentDraft(SectionAlignment alignment)
    {
        Left = alignment.Left;
        Right = alignment.Right;
        _columns =
        [
            alignment.Pairs.Select(p => p.Left.Count == 0 ? null : p.Left.ToList()).ToList(),
            alignment.Pairs.Select(p => p.Right.Count == 0 ? null : p.Right.ToList()).ToList(),
        ];
    }

    public string Left { get; }

    public string Right { get; }

    /// <summary>True once any cell has changed.</summary>
    public bool Changed { get; private set; }

    public int Rows => Math.Max(_columns[0].Count, _columns[1].Count);

    /// <summary>The cell of a side (0 the original, 1 the translation) in a row, or null when it is empty.</summary>
    public IReadOnlyList<TextRange>? Cell(int side, int row) => row < _columns[side].Count ? _columns[side][row] : null;

    public bool CanMerge(int side, int row) => Cell(side, row) is not null && Cell(side, row + 1) is not null;

    /// <summary>Joins a cell with the one below it; the rest of the column moves up.</summary>
    public void Merge(int side, int row)
    {
        if (!CanMerge(side, row))
        {
            return;
        }
        var column = _columns[side];
        column[row] = Segments.Joined([.. column[row]!, .. column[row + 1]!]);
        column.RemoveAt(row + 1);
        Tidy();
    }

    /// <summary>Cuts a cell in two; the second part and the rest of the column move down.</summary>
    public void Split(int side, int row, Cut cut)
    {
        if (Cell(side, row) is not { } segment)
        {
            return;
        }
        var (first, second) = Segments.Split(segment, cut);
        if (first.Count == 0 || second.Count == 0)
        {
            return;
        }
        _columns[side][row] = first;
        _columns[side].Insert(row + 1, second);
        Tidy();
    }

    /// <summary>Puts an empty cell in a row: this cell and those below it move down one row.</summary>
    public void InsertEmpty(int side, int row)
    {
        var column = _columns[side];
        while (column.Count < row)
        {
            column.Add(null);
        }
        column.Insert(row, null);
        Tidy();
    }

    public bool CanRemove(int side, int row) => row < _columns[side].Count && _columns[side][row] is null;

    /// <summary>Takes out an empty cell: the cells below it move up one row.</summary>
    public void Remove(int side, int row)
    {
        if (!CanRemove(side, row))
        {
            return;
        }
        _columns[side].RemoveAt(row);
        Tidy();
    }

    /// <summary>The pairs as they stand, rows empty on both sides left out.</summary>
    public SectionAlignment ToAlignment() => new(Left, Right, Enumerable.Range(0, Rows)
        .Where(r => Cell(0, r) is not null || Cell(1, r) is not null)
        .Select(r => new AlignedPair(Cell(0, r) ?? [], Cell(1, r) ?? []))
        .ToList());

    /// <summary>After a change: rows empty on both sides at the end of the columns go.</summary>
    private void Tidy()
    {
        Changed = true;
        foreach (var column in _columns)
        {
            while (column.Count > 0 && column[^1] is null)
            {
                column.RemoveAt(column.Count - 1);
            }
        }
    }
}
