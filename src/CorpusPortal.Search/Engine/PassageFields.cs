using CorpusPortal.Search.Analysis;
using CorpusPortal.Search.Analysis.Components;
using CorpusPortal.Search.Index;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;
using LuceneDocument = Lucene.Net.Documents.Document;

namespace CorpusPortal.Search.Engine;

/// <summary>
/// How a passage becomes a Lucene document. Identity and filters are untokenised fields (<c>doc</c>, <c>anchor</c>,
/// <c>language</c>, <c>kind</c>, <c>unit</c>, <c>year</c>, <c>author</c>, and the words of authors, titles and keywords) with doc values for facet counts; the text is indexed three
/// times, exact, stemmed and folded, in fields of its analysis chain (<c>tr.exact</c>, <c>en.stem</c> …: Turkish and
/// Azerbaijani take the Turkish chain, other languages the English one), with positions and offsets, and stored once
/// for display, with the document's titles (<c>title.tr</c> …) for the hits. One more document per corpus file, the <c>file</c> record, keeps the hash of the file indexed.
/// </summary>
public static class PassageFields
{
    public const string Document = "doc";
    public const string Anchor = "anchor";
    public const string Section = "section";
    public const string SectionTitle = "section_title";
    public const string Kind = "kind";
    public const string Language = "language";
    public const string Year = "year";
    public const string Unit = "unit";
    public const string Text = "text";
    public const string Author = "author";

    /// <summary>The words of the document's authors, titles and keywords in the form the bibliographic filters compare (<see cref="Query.BibliographicWords"/>).</summary>
    public const string AuthorWords = "bib.author";
    public const string TitleWords = "bib.title";
    public const string KeywordWords = "bib.keyword";

    /// <summary>The prefix of the stored titles, one field per language (<c>title.tr</c>, <c>title.en</c>).</summary>
    public const string TitlePrefix = "title.";
    public const string Record = "record";
    public const string Hash = "hash";

    /// <summary>The value of <see cref="Record"/> on a file record (passages have none).</summary>
    public const string FileRecord = "file";

    public static readonly string[] Chains = ["tr", "en"];

    /// <summary>Indexed, tokenised, with positions and offsets (for phrases and highlighting), not stored.</summary>
    private static readonly FieldType Analysed = Frozen(new FieldType
    {
        IsIndexed = true,
        IsTokenized = true,
        IsStored = false,
        IndexOptions = IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS,
    });

    /// <summary>The field holding a passage's text in one form, for its language's analysis chain.</summary>
    public static string TextField(string language, FieldForm form) =>
        $"{ChainOf(language)}.{form switch { FieldForm.Stem => "stem", FieldForm.Folded => "folded", _ => "exact" }}";

    /// <summary>The analysis chain of a language: "tr" for Turkish and Azerbaijani, "en" for every other.</summary>
    public static string ChainOf(string language) => TextAnalyzer.IsTurkish(language) ? "tr" : "en";

    /// <summary>The analyzer of every text field (the identity fields are not analysed).</summary>
    public static Analyzer Analyzer(WordList protectedWords)
    {
        var perField = new Dictionary<string, Analyzer>(StringComparer.Ordinal);
        foreach (var chain in Chains)
        {
            foreach (var form in Enum.GetValues<FieldForm>())
            {
                perField[TextField(chain, form)] = new CorpusAnalyzer(chain, form, protectedWords);
            }
        }
        return new PerFieldAnalyzerWrapper(new Lucene.Net.Analysis.Core.KeywordAnalyzer(), perField);
    }

    public static LuceneDocument Of(Passage passage)
    {
        var document = new LuceneDocument
        {
            new StringField(Document, passage.Document, Field.Store.YES),
            new SortedDocValuesField(Document, new BytesRef(passage.Document)),
            new StringField(Anchor, passage.Anchor, Field.Store.YES),
            new StoredField(Section, passage.Section),
            new StoredField(SectionTitle, passage.SectionTitle),
            new StringField(Kind, passage.Kind, Field.Store.YES),
            new SortedDocValuesField(Kind, new BytesRef(passage.Kind)),
            new StringField(Language, passage.Language, Field.Store.YES),
            new SortedDocValuesField(Language, new BytesRef(passage.Language)),
            new StoredField(Text, passage.Text),
        };
        foreach (var (language, title) in passage.Titles)
        {
            document.Add(new StoredField(TitlePrefix + language, title));
        }
        foreach (var author in passage.Authors)
        {
            document.Add(new StringField(Author, author, Field.Store.YES));
        }
        foreach (var (field, texts) in (ReadOnlySpan<(string, IEnumerable<string>)>)[(AuthorWords, passage.Authors), (TitleWords, passage.Titles.Values), (KeywordWords, passage.Keywords)])
        {
            foreach (var word in texts.SelectMany(Query.BibliographicWords.Of).Distinct(StringComparer.Ordinal))
            {
                document.Add(new StringField(field, word, Field.Store.NO));
            }
        }
        if (passage.Year is { } year)
        {
            document.Add(new Int32Field(Year, year, Field.Store.YES));
            document.Add(new NumericDocValuesField(Year, year));
        }
        foreach (var unit in passage.ArchivalUnits.SelectMany(ArchivalTerms.Forms).Distinct(StringComparer.Ordinal))
        {
            document.Add(new StringField(Unit, unit, Field.Store.NO));
        }
        foreach (var form in Enum.GetValues<FieldForm>())
        {
            document.Add(new Field(TextField(passage.Language, form), passage.Text, Analysed));
        }
        return document;
    }

    /// <summary>The record of a corpus file: its document id and the hash of the file indexed (none for a file that did not read).</summary>
    public static LuceneDocument FileOf(string documentId, string? hash)
    {
        var record = new LuceneDocument
        {
            new StringField(Record, FileRecord, Field.Store.YES),
            new StringField(Document, documentId, Field.Store.YES),
        };
        if (hash is not null)
        {
            record.Add(new StoredField(Hash, hash));
        }
        return record;
    }

    private static FieldType Frozen(FieldType type)
    {
        type.Freeze();
        return type;
    }
}
