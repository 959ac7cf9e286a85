using CorpusPortal.Model.Documents;

namespace CorpusPortal.Analysis.Footnotes;

/// <summary>Links each footnote to the paragraph that carries its marker (the other direction is the marker).</summary>
public static class FootnoteLinks
{
    public static Document Link(Document document)
    {
        var markerAnchors = new Dictionary<int, string>();
        foreach (var paragraph in document.Paragraphs)
        {
            foreach (var marker in paragraph.Markers)
            {
                markerAnchors.TryAdd(marker.Number, paragraph.Anchor);
            }
        }
        var footnotes = document.Footnotes
            .Select(f => f with { MarkerAnchor = markerAnchors.GetValueOrDefault(f.Number) })
            .ToList();
        return document with { Footnotes = footnotes };
    }
}
