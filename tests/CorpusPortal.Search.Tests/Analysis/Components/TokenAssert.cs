using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace CorpusPortal.Search.Tests.Analysis.Components;

/// <summary>Lucene-style token assertions: the terms an analyzer makes of a text, with offsets and position increments.</summary>
internal static class TokenAssert
{
    public static List<(string Term, int Start, int End, int Increment, bool Keyword)> Tokens(Analyzer analyzer, string text)
    {
        var tokens = new List<(string, int, int, int, bool)>();
        using var stream = analyzer.GetTokenStream("text", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var keyword = stream.AddAttribute<IKeywordAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens.Add((term.ToString(), offset.StartOffset, offset.EndOffset, increment.PositionIncrement, keyword.IsKeyword));
        }
        stream.End();
        Assert.Equal(text.Length, offset.EndOffset);
        return tokens;
    }

    /// <summary>The terms, each with its start and end offsets and position increment.</summary>
    public static void AnalyzesTo(Analyzer analyzer, string text, string[] terms, int[]? starts = null, int[]? ends = null, int[]? increments = null)
    {
        var tokens = Tokens(analyzer, text);
        Assert.Equal(terms, tokens.Select(t => t.Term));
        if (starts is not null)
        {
            Assert.Equal(starts, tokens.Select(t => t.Start));
        }
        if (ends is not null)
        {
            Assert.Equal(ends, tokens.Select(t => t.End));
        }
        if (increments is not null)
        {
            Assert.Equal(increments, tokens.Select(t => t.Increment));
        }
    }
}
