using System.Xml.Linq;
using CorpusPortal.Model.Alignment;
using CorpusPortal.Text;
using static CorpusPortal.Ingestion.Sources.Tei.TeiSource;

namespace CorpusPortal.Ingestion.Sources.Tei;

/// <summary>
/// An editor's corrected sentence alignment, read back from a <c>linkGrp</c> of type <c>translation</c> and subtype
/// <c>corrected</c> (an automatic one is worked out again on reading): its two sections from <c>domains</c>, its pairs
/// from the links, a pair being the sentences its links join, and a sentence without a link a pair of its own.
/// </summary>
internal static class TeiAlignment
{
    public static IReadOnlyList<SectionAlignment> Read(XElement text, TeiBody body)
    {
        var alignments = new List<SectionAlignment>();
        foreach (var group in text.Descendants(Ns + "linkGrp").Where(g => (string?)g.Attribute("type") == "translation" && (string?)g.Attribute("subtype") == "corrected"))
        {
            var domains = ((string?)group.Attribute("domains") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(d => XmlChars.Anchor(d.TrimStart('#'))).ToList();
            if (domains.Count != 2 || body.Sections.FirstOrDefault(s => s.Anchor == domains[0]) is not { } left || body.Sections.FirstOrDefault(s => s.Anchor == domains[1]) is not { } right)
            {
                continue;
            }
            var leftIds = SentencesOf(left, body);
            var rightIds = SentencesOf(right, body);
            var links = group.Elements(Ns + "link").Select(l => ((string?)l.Attribute("target") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(t => t.TrimStart('#')).ToList())
                .Where(t => t.Count == 2 && leftIds.Contains(t[0]) && rightIds.Contains(t[1]))
                .ToList();
            alignments.Add(new SectionAlignment(left.Anchor, right.Anchor, Pairs(leftIds, rightIds, links, body)));
        }
        return alignments;
    }

    private static List<string> SentencesOf(CorpusPortal.Model.Documents.Section section, TeiBody body)
    {
        var paragraphs = section.Blocks.Select(b => b.Anchor).ToList();
        return body.Sentences.Where(s => paragraphs.Contains(s.Value.Paragraph))
            .OrderBy(s => paragraphs.IndexOf(s.Value.Paragraph)).ThenBy(s => s.Value.Start)
            .Select(s => s.Key).ToList();
    }

    /// <summary>The pairs in reading order: the group of the next left sentence, unless a right sentence with no partner comes first.</summary>
    private static List<AlignedPair> Pairs(List<string> left, List<string> right, List<List<string>> links, TeiBody body)
    {
        var group = new Dictionary<string, int>(StringComparer.Ordinal);
        var members = new List<HashSet<string>>();
        foreach (var id in left.Concat(right))
        {
            group[id] = members.Count;
            members.Add([id]);
        }
        foreach (var link in links)
        {
            var (a, b) = (group[link[0]], group[link[1]]);
            if (a != b)
            {
                foreach (var id in members[b])
                {
                    group[id] = a;
                    members[a].Add(id);
                }
                members[b].Clear();
            }
        }
        var pairs = new List<AlignedPair>();
        var used = new HashSet<int>();
        int i = 0, j = 0;
        while (i < left.Count || j < right.Count)
        {
            var next = i < left.Count ? group[left[i]] : group[right[j]];
            if (i < left.Count && j < right.Count && group[right[j]] != next && !members[group[right[j]]].Any(left.Contains))
            {
                next = group[right[j]];
            }
            used.Add(next);
            pairs.Add(new AlignedPair(Ranges(left.Where(members[next].Contains), body), Ranges(right.Where(members[next].Contains), body)));
            while (i < left.Count && used.Contains(group[left[i]]))
            {
                i++;
            }
            while (j < right.Count && used.Contains(group[right[j]]))
            {
                j++;
            }
        }
        return pairs;
    }

    private static List<TextRange> Ranges(IEnumerable<string> ids, TeiBody body) =>
        ids.Select(id => body.Sentences[id]).Select(s => new TextRange(s.Paragraph, s.Start, s.End - s.Start)).ToList();
}
