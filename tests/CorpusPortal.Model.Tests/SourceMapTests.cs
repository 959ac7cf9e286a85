using CorpusPortal.Model.Sources;

namespace CorpusPortal.Model.Tests;

public sealed class SourceMapTests
{
    [Fact]
    public void Source_maps_survive_their_text_form()
    {
        var map = new SourceMap([new SourceSegment(0, new SourcePosition(12, 1)), new SourceSegment(80, new SourcePosition(14, 2))], 150);

        Assert.Equal("12:1 14:2@80 +150", map.Format());
        Assert.Equal(map, SourceMap.TryParse(map.Format()));
        Assert.Equal(new SourcePosition(14, 12), map.Locate(90));
        Assert.Null(SourceMap.TryParse("12:x +3"));
    }
}
