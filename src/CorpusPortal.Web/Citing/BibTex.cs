using System.Globalization;
using System.Text;
using CorpusPortal.Model.Documents;
using CorpusPortal.Text;

namespace CorpusPortal.Web.Citing;

/// <summary>
/// A BibTeX entry (UTF-8, biblatex field names where BibTeX has none) with every field the corpus knows: authors as
/// "Family, Given", the container under the field its entry type uses, volume, number, pages, year, month, DOI, URL,
/// language and keywords. A paragraph citation adds its place as a note.
/// </summary>
public static class BibTex
{
    public static string Entry(CitedWork work)
    {
        var meta = work.Meta;
        var publication = work.Publication;
        var (type, containerField) = meta.Kind switch
        {
            DocumentKind.JournalArticle => ("article", "journal"),
            DocumentKind.ThesisAbstract => ("thesis", "institution"),
            DocumentKind.NewsArticle => ("online", "organization"),
            _ => ("misc", "howpublished"),
        };
        var fields = new List<(string Name, string Value)>();
        if (work.Authors.Count > 0)
        {
            // A name without given names (an institution) is braced, so it is not split into given and family names.
            fields.Add(("author", string.Join(" and ", work.Authors.Select(a => a.Given is null ? "{" + Escape(a.Family) + "}" : Escape(a.Inverted)))));
        }
        fields.Add(("title", work.Title()));
        foreach (var (language, title) in work.OtherTitles())
        {
            fields.Add(("titleaddon", $"{title} ({language})"));
            break;
        }
        Add(fields, containerField, publication.Container);
        if (meta.Kind == DocumentKind.ThesisAbstract)
        {
            fields.Add(("type", "Thesis abstract"));
        }
        Add(fields, "publisher", publication.Publisher);
        Add(fields, "volume", publication.Volume);
        Add(fields, "number", publication.Issue);
        if (publication.PageRange is var (first, last))
        {
            fields.Add(("pages", last is null ? first : $"{first}--{last}"));
        }
        if (publication.Published is { } date)
        {
            fields.Add(("year", date.Year.ToString(CultureInfo.InvariantCulture)));
            if (date.Month is { } month)
            {
                fields.Add(("month", month.ToString(CultureInfo.InvariantCulture)));
            }
            fields.Add(("date", date.ToString()));
        }
        Add(fields, "doi", publication.Doi);
        fields.Add(("url", work.RecordUrl));
        fields.Add(("language", meta.PrimaryLanguage));
        var keywords = work.Keywords.ToList();
        if (keywords.Count > 0)
        {
            fields.Add(("keywords", string.Join(", ", keywords)));
        }
        Add(fields, "license", publication.Licence);
        if (work.ParagraphNumber is { } paragraph)
        {
            fields.Add(("note", $"¶ {paragraph.ToString(CultureInfo.InvariantCulture)}"));
        }
        var text = new StringBuilder().Append('@').Append(type).Append('{').Append(Key(work)).Append(",\n");
        text.AppendJoin(",\n", fields.Select(f => $"  {f.Name} = {{{(f.Name == "author" ? OneLine.Of(f.Value) : Escape(OneLine.Of(f.Value)))}}}"));
        return text.Append("\n}\n").ToString();
    }

    /// <summary>
    /// The citation key as reference managers make one: the first author's family name, the year and the first
    /// word of the title in ASCII (deneme2021important), with the paragraph after it; the id when nothing is known.
    /// </summary>
    public static string Key(CitedWork work)
    {
        var family = work.Authors.Count > 0 ? Anchors.Slug(work.Authors[0].Family).Replace("-", "", StringComparison.Ordinal) : "";
        var year = work.Meta.Year?.ToString(CultureInfo.InvariantCulture) ?? "";
        var firstWord = work.Meta.Titles.Count > 0
            ? Anchors.Slug(work.Title()).Split('-').FirstOrDefault(w => w.Length > 3) ?? ""
            : "";
        var key = family + year + firstWord;
        if (family.Length == 0 && firstWord.Length == 0)
        {
            key = work.Document.Id;
        }
        return (key + (work.Paragraph is null ? "" : "_" + work.Paragraph)).Replace('-', '_');
    }

    private static void Add(List<(string, string)> fields, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            fields.Add((name, value));
        }
    }

    /// <summary>BibTeX braces and backslashes are escaped; everything else is kept (UTF-8 BibTeX).</summary>
    private static string Escape(string value)
    {
        var text = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            text.Append(c switch { '\\' => "\\textbackslash{}", '{' => "\\{", '}' => "\\}", _ => c.ToString() });
        }
        return text.ToString();
    }
}
