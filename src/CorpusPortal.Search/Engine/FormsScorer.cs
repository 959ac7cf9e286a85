using Lucene.Net.Search;

namespace CorpusPortal.Search.Engine;

/// <summary>
/// Matches the passages any of a few scorers match, scoring each as the best of them plus
/// <c>tieBreaker</c> times the others (as <see cref="DisjunctionMaxQuery"/> does). The scorers are few, so the next
/// passage is found by looking at each one's current passage in turn: no queue to keep in order.
/// </summary>
internal sealed class FormsScorer : Scorer
{
    private readonly Scorer[] _scorers;
    private readonly float _tieBreaker;
    private int _doc = -1;

    public FormsScorer(Weight weight, float tieBreaker, Scorer[] scorers)
        : base(weight)
    {
        _scorers = scorers;
        _tieBreaker = tieBreaker;
    }

    public override int DocID => _doc;

    public override int Freq
    {
        get
        {
            var freq = 0;
            foreach (var scorer in _scorers)
            {
                if (scorer.DocID == _doc)
                {
                    freq++;
                }
            }
            return freq;
        }
    }

    public override float GetScore()
    {
        var sum = 0f;
        var max = float.NegativeInfinity;
        foreach (var scorer in _scorers)
        {
            if (scorer.DocID == _doc)
            {
                var score = scorer.GetScore();
                sum += score;
                max = Math.Max(max, score);
            }
        }
        return max + ((sum - max) * _tieBreaker);
    }

    public override int NextDoc()
    {
        if (_doc == NO_MORE_DOCS)
        {
            return _doc;
        }
        var next = NO_MORE_DOCS;
        foreach (var scorer in _scorers)
        {
            var at = scorer.DocID;
            if (at == _doc)
            {
                at = scorer.NextDoc();
            }
            next = Math.Min(next, at);
        }
        return _doc = next;
    }

    public override int Advance(int target)
    {
        if (_doc == NO_MORE_DOCS)
        {
            return _doc;
        }
        var next = NO_MORE_DOCS;
        foreach (var scorer in _scorers)
        {
            var at = scorer.DocID;
            if (at < target)
            {
                at = scorer.Advance(target);
            }
            next = Math.Min(next, at);
        }
        return _doc = next;
    }

    public override long GetCost()
    {
        var cost = 0L;
        foreach (var scorer in _scorers)
        {
            cost += scorer.GetCost();
        }
        return cost;
    }

    public override ICollection<ChildScorer> GetChildren() => _scorers.Select(s => new ChildScorer(s, "SHOULD")).ToList();
}
