using System.Globalization;
using System.Text;
using CorpusPortal.Corpus.FrontMatter;
using CorpusPortal.Model.Documents;

namespace CorpusPortal.Web.Citing;

/// <summary>
/// "Cite this" for a document or one of its paragraphs: a formatted reference, BibTeX and RIS. Only what the
/// corpus knows is written; missing authors or year are left out rather than invented.
/// </summary>
public sealed record DocumentCitation(Document Document, string BaseUrl, string? Paragraph = null)
{
    public string Url => $"{BaseUrl.TrimEnd('/')}/documents/{Document.Id}{(Paragraph is null ? "" : "#" + Paragraph)}";

    public string Title => Document.Metadata.Titles.TryGetValue(Document.Metadata.PrimaryLanguage, out var own) ? own
        : Document.Metadata.Titles.Values.FirstOrDefault() ?? Document.Id;

    /// <summary>Author (Year). Title. CorpusPortal, paragraph p-N. URL</summary>
    public string Formatted()
    {
        var text = new StringBuilder();
        var meta = Document.Metadata;
        if (meta.Authors.Count > 0)
        {
            text.Append(string.Join(", ", meta.Authors)).Append(' ');
        }
        if (meta.Year is { } year)
        {
            text.Append(CultureInfo.InvariantCulture, $"({year}). ");
        }
        text.Append(Title.TrimEnd('.')).Append(". CorpusPortal");
        if (Paragraph is not null)
        {
            text.Append(", ").Append(Paragraph);
        }
        return text.Append(". ").Append(Url).ToString();
    }

    public string BibTex()
    {
        var meta = Document.Metadata;
        var type = meta.Kind switch { DocumentKind.JournalArticle => "article", DocumentKind.ThesisAbstract => "phdthesis", _ => "misc" };
        var fields = new List<(string, string)> { ("title", Title) };
        if (meta.Authors.Count > 0)
        {
            fields.Add(("author", string.Join(" and ", meta.Authors)));
        }
        if (meta.Year is { } year)
        {
            fields.Add(("year", year.ToString(CultureInfo.InvariantCulture)));
        }
        fields.Add(("language", meta.PrimaryLanguage));
        fields.Add(("url", Url));
        if (Paragraph is not null)
        {
            fields.Add(("note", "paragraph " + Paragraph));
        }
        var key = Document.Id.Replace('-', '_') + (Paragraph is null ? "" : "_" + Paragraph.Replace('-', '_'));
        return $"@{type}{{{key},\n" + string.Join(",\n", fields.Select(f => $"  {f.Item1} = {{{BibEscape(OneLine(f.Item2))}}}")) + "\n}\n";
    }

    public string Ris()
    {
        var meta = Document.Metadata;
        var lines = new List<string>
        {
            "TY  - " + meta.Kind switch { DocumentKind.JournalArticle => "JOUR", DocumentKind.ThesisAbstract => "THES", DocumentKind.NewsArticle => "NEWS", _ => "GEN" },
            "TI  - " + OneLine(Title),
        };
        lines.AddRange(meta.Authors.Select(a => "AU  - " + OneLine(a)));
        if (meta.Year is { } year)
        {
            lines.Add("PY  - " + year.ToString(CultureInfo.InvariantCulture));
        }
        lines.Add("LA  - " + OneLine(meta.PrimaryLanguage));
        lines.Add("UR  - " + Url);
        if (Paragraph is not null)
        {
            lines.Add("N1  - paragraph " + Paragraph);
        }
        lines.Add("ER  - ");
        return string.Join("\r\n", lines) + "\r\n";
    }

    /// <summary>Highwire Press meta tags (name, content) for Zotero and Google Scholar.</summary>
    public IEnumerable<(string Name, string Content)> MetaTags()
    {
        var meta = Document.Metadata;
        yield return ("citation_title", Title);
        foreach (var author in meta.Authors)
        {
            yield return ("citation_author", author);
        }
        if (meta.Year is { } year)
        {
            yield return ("citation_publication_date", year.ToString(CultureInfo.InvariantCulture));
        }
        yield return ("citation_language", meta.PrimaryLanguage);
        yield return ("citation_abstract_html_url", Url);
        foreach (var keywords in meta.Keywords)
        {
            yield return ("citation_keywords", string.Join("; ", keywords.Terms));
        }
        yield return ("dc.type", KindNames.Name(meta.Kind));
    }

    /// <summary>
    /// A value as one line: RIS is one field per line and BibTeX tools split on line ends, so a line break (or any
    /// control or separator character) in a title must not start a new field or record.
    /// </summary>
    private static string OneLine(string value)
    {
        var line = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            var breaks = char.IsControl(c) || c is '\u2028' or '\u2029';
            if (!breaks)
            {
                line.Append(c);
            }
            else if (line.Length > 0 && line[^1] != ' ')
            {
                line.Append(' ');
            }
        }
        return line.ToString().Trim();
    }

    /// <summary>BibTeX braces and backslashes are escaped; everything else is kept (UTF-8 BibTeX).</summary>
    private static string BibEscape(string value) => value.Replace("\\", "\\textbackslash{}", StringComparison.Ordinal)
        .Replace("{", "\\{", StringComparison.Ordinal).Replace("}", "\\}", StringComparison.Ordinal);
}
