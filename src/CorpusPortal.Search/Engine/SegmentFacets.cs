using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace CorpusPortal.Search.Engine;

/// <summary>
/// A segment's facet values (document, language, section kind, year) read from its doc values once into arrays, so
/// that counting them for thousands of hits is array lookups: reading doc values hit by hit went through the index
/// files each time and cost about a microsecond per hit, more than scoring it. A segment never changes; its arrays
/// go with it (about 16 bytes a passage).
/// </summary>
internal sealed class SegmentFacets
{
    private static readonly ConditionalWeakTable<object, SegmentFacets> BySegment = new();

    private SegmentFacets(AtomicReader reader)
    {
        (Documents, DocumentNames) = Ordinals(reader, PassageFields.Document);
        FirstPassages = new int[DocumentNames.Length];
        Array.Fill(FirstPassages, int.MaxValue);
        for (var doc = 0; doc < Documents.Length; doc++)
        {
            if (Documents[doc] >= 0)
            {
                FirstPassages[Documents[doc]] = Math.Min(FirstPassages[Documents[doc]], doc);
            }
        }
        (Languages, LanguageNames) = Ordinals(reader, PassageFields.Language);
        (Kinds, KindNames) = Ordinals(reader, PassageFields.Kind);
        (Years, YearValues) = YearOrdinals(reader);
    }

    /// <summary>Each passage's document ordinal (-1 for a file record).</summary>
    public int[] Documents { get; }

    public string[] DocumentNames { get; }

    /// <summary>
    /// The first passage of each document (by ordinal) in the segment: a document's passages are added in one block,
    /// so a passage's place in its document is its number less this.
    /// </summary>
    public int[] FirstPassages { get; }

    public int[] Languages { get; }

    public string[] LanguageNames { get; }

    public int[] Kinds { get; }

    public string[] KindNames { get; }

    /// <summary>Each passage's year, as an index into <see cref="YearValues"/> (-1 for none).</summary>
    public int[] Years { get; }

    /// <summary>The years of the segment's passages, each once.</summary>
    public int[] YearValues { get; }

    public static SegmentFacets Of(AtomicReader reader) => BySegment.GetValue(reader.CoreCacheKey, _ => new SegmentFacets(reader));

    private static (int[] Ordinals, int[] Values) YearOrdinals(AtomicReader reader)
    {
        var ordinals = new int[reader.MaxDoc];
        Array.Fill(ordinals, -1);
        var years = reader.GetNumericDocValues(PassageFields.Year);
        var hasYear = reader.GetDocsWithField(PassageFields.Year);
        if (years is null || hasYear is null)
        {
            return (ordinals, []);
        }
        var values = new Dictionary<int, int>();
        for (var doc = 0; doc < ordinals.Length; doc++)
        {
            if (hasYear.Get(doc))
            {
                var year = (int)years.Get(doc);
                if (!values.TryGetValue(year, out var ordinal))
                {
                    ordinal = values.Count;
                    values[year] = ordinal;
                }
                ordinals[doc] = ordinal;
            }
        }
        var byOrdinal = new int[values.Count];
        foreach (var (year, ordinal) in values)
        {
            byOrdinal[ordinal] = year;
        }
        return (ordinals, byOrdinal);
    }

    private static (int[] Ordinals, string[] Names) Ordinals(AtomicReader reader, string field)
    {
        var ordinals = new int[reader.MaxDoc];
        if (reader.GetSortedDocValues(field) is not { } values)
        {
            Array.Fill(ordinals, -1);
            return (ordinals, []);
        }
        for (var doc = 0; doc < ordinals.Length; doc++)
        {
            ordinals[doc] = values.GetOrd(doc);
        }
        var names = new string[values.ValueCount];
        var term = new BytesRef();
        for (var ord = 0; ord < names.Length; ord++)
        {
            values.LookupOrd(ord, term);
            names[ord] = term.Utf8ToString();
        }
        return (ordinals, names);
    }
}
