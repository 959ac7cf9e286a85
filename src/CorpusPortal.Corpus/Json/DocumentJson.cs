using CorpusPortal.Model.Warnings;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using CorpusPortal.Model.Alignment;
using CorpusPortal.Model.Citations;
using CorpusPortal.Model.Documents;
using CorpusPortal.Model.Sources;

namespace CorpusPortal.Corpus.Json;

/// <summary>
/// The JSON other tools read (docs/cli.md): the summary object of <c>import</c>/<c>stats</c> and the whole
/// document of <c>export</c>. Names are part of the interface; keep them.
/// </summary>
public static class DocumentJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static JsonObject Summary(Document document) => new()
    {
        ["id"] = document.Id,
        ["source"] = document.Metadata.SourceFile,
        ["kind"] = KindNames.Name(document.Metadata.Kind),
        ["languages"] = Array(document.Languages.Where(l => l != Languages.Unknown).Select(l => (JsonNode)l)),
        ["title"] = Titles(document),
        ["counts"] = new JsonObject
        {
            ["sections"] = document.Sections.Count,
            ["paragraphs"] = document.Paragraphs.Count(),
            ["tables"] = document.Tables.Count(),
            ["footnotes"] = document.Footnotes.Count,
            ["archivalCitations"] = document.Citations.OfType<ArchivalCitation>().Count(),
            ["authorYearCitations"] = document.Citations.OfType<AuthorYearCitation>().Count(),
        },
        ["warnings"] = Array(document.Warnings.Select(w => (JsonNode)new JsonObject
        {
            ["code"] = w.Code,
            ["severity"] = w.Severity.Name(),
            ["message"] = w.Message,
            ["line"] = w.Line,
        })),
    };

    public static JsonObject Export(Document document)
    {
        var export = Summary(document);
        var meta = document.Metadata;
        export["primaryLanguage"] = meta.PrimaryLanguage;
        export["authors"] = Array(meta.Authors.Select(a => (JsonNode)new JsonObject
        {
            ["family"] = a.Family,
            ["given"] = a.Given,
            ["affiliation"] = a.Affiliation,
            ["orcid"] = a.Orcid,
        }));
        export["year"] = meta.Year;
        export["publication"] = new JsonObject(Model.Bibliography.PublicationField.All
            .Select(f => KeyValuePair.Create(f.Name, (JsonNode?)f.Get(meta.Publication))));
        export["editorialFields"] = Array(meta.EditorialFields.Select(f => (JsonNode)f));
        export["keywords"] = new JsonObject(meta.Keywords.Select(k => KeyValuePair.Create(k.Language, (JsonNode?)Array(k.Terms.Select(t => (JsonNode)t)))));
        export["abstracts"] = Array(document.Abstracts.Select(a => (JsonNode)new JsonObject
        {
            ["anchor"] = a.Anchor,
            ["language"] = a.Language,
            ["extended"] = a.Kind == SectionKind.ExtendedAbstract,
            ["title"] = a.Title,
            ["counterpart"] = document.Abstracts.FirstOrDefault(o => o.Kind == a.Kind && o.Language != a.Language)?.Anchor,
        }));
        export["sections"] = Array(document.Sections.Select(s => (JsonNode)new JsonObject
        {
            ["anchor"] = s.Anchor,
            ["kind"] = s.Kind switch { SectionKind.Abstract => "abstract", SectionKind.ExtendedAbstract => "extendedAbstract", _ => "body" },
            ["number"] = s.Number,
            ["title"] = s.Title,
            ["level"] = s.Level,
            ["language"] = s.Language,
            ["source"] = s.TitleSpan?.ToString(),
            ["blocks"] = Array(s.Blocks.Select(Block)),
        }));
        export["tables"] = Array(document.Tables.Select(Block));
        export["footnotes"] = Array(document.Footnotes.Select(f => (JsonNode)new JsonObject
        {
            ["number"] = f.Number,
            ["anchor"] = f.Anchor,
            ["text"] = f.Text,
            ["italics"] = Italics(f.Emphasis),
            ["markerIn"] = f.MarkerAnchor,
            ["refersTo"] = document.Citations.OfType<BibliographicCitation>().FirstOrDefault(c => c.FootnoteNumber == f.Number && c.RefersTo is not null)?.RefersTo,
            ["source"] = f.Source.Span.ToString(),
        }));
        export["citations"] = Array(document.Citations.Select(Citation));
        export["alignments"] = Array(document.Alignments.Select(a => (JsonNode)new JsonObject
        {
            ["left"] = a.Left,
            ["right"] = a.Right,
            ["pairs"] = Array(a.Pairs.Select(p => (JsonNode)new JsonObject { ["left"] = Ranges(p.Left), ["right"] = Ranges(p.Right) })),
        }));
        return export;
    }

    public static string Write(JsonNode node) => node.ToJsonString(Options);

    /// <summary>Where a text is in italics: offset and length of each stretch.</summary>
    private static JsonArray Italics(IReadOnlyList<Emphasis> emphasis) =>
        Array(emphasis.Select(e => (JsonNode)new JsonObject { ["offset"] = e.Offset, ["length"] = e.Length }));

    private static JsonNode Block(Block block) => block switch
    {
        Paragraph p => new JsonObject
        {
            ["type"] = p.IsListItem ? "listItem" : "paragraph",
            ["anchor"] = p.Anchor,
            ["language"] = p.Language,
            ["text"] = p.Text,
            ["markers"] = Array(p.Markers.Select(m => (JsonNode)new JsonObject { ["number"] = m.Number, ["offset"] = m.Offset })),
            ["italics"] = Italics(p.Emphasis),
            ["source"] = p.Source.Span.ToString(),
        },
        Table t => new JsonObject
        {
            ["type"] = "table",
            ["anchor"] = t.Anchor,
            ["number"] = t.Number,
            ["caption"] = t.Caption,
            ["rows"] = Array(t.Rows.Select(r => (JsonNode)Array(r.Select(c => (JsonNode)c)))),
            ["sourceNote"] = t.SourceNote,
            ["source"] = t.Source.Span.ToString(),
        },
        _ => new JsonObject(),
    };

    private static JsonNode Citation(Citation citation)
    {
        var json = new JsonObject
        {
            ["type"] = citation switch { ArchivalCitation => "archival", AuthorYearCitation => "authorYear", _ => "bibliographic" },
            ["raw"] = citation.Raw,
            ["in"] = citation.Location.Anchor,
            ["source"] = citation.Location.Span.ToString(),
        };
        switch (citation)
        {
            case ArchivalCitation a:
                json["archive"] = a.Archive;
                json["fonds"] = a.Fonds;
                json["unit"] = a.Unit;
                json["folio"] = a.Folio;
                json["key"] = a.Key;
                json["date"] = a.Date;
                break;
            case AuthorYearCitation a:
                json["authors"] = Array(a.Authors.Select(x => (JsonNode)x));
                json["year"] = a.Year;
                json["page"] = a.Page;
                break;
            case BibliographicCitation b:
                json["footnote"] = b.FootnoteNumber;
                json["authors"] = Array(b.Authors.Select(x => (JsonNode)x));
                json["title"] = b.Title;
                json["year"] = b.Year;
                json["pages"] = b.Pages;
                json["backReference"] = b.BackReference switch { BackReference.NamedWork => "namedWork", BackReference.SameWork => "sameWork", _ => null };
                json["refersTo"] = b.RefersTo;
                break;
        }
        return json;
    }

    private static JsonArray Ranges(IEnumerable<TextRange> ranges) => Array(ranges.Select(r => (JsonNode)new JsonObject
    {
        ["paragraph"] = r.Paragraph,
        ["start"] = r.Start,
        ["end"] = r.End,
    }));

    private static JsonObject Titles(Document document) =>
        new(document.Metadata.Titles.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => KeyValuePair.Create(t.Key, (JsonNode?)t.Value)));

    private static JsonArray Array(IEnumerable<JsonNode> items) => new([.. items]);
}
