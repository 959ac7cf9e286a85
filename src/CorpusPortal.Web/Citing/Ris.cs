using System.Globalization;
using CorpusPortal.Model.Documents;

namespace CorpusPortal.Web.Citing;

/// <summary>
/// A RIS record (one tag per line, CRLF, ending in ER) with every field the corpus knows: each author as
/// "Family, Given", title and translated title, container, volume, issue, first and last page, dates, DOI, URL,
/// language, keywords. A paragraph citation adds its place as a note.
/// </summary>
public static class Ris
{
    public static string Record(CitedWork work)
    {
        var meta = work.Meta;
        var publication = work.Publication;
        var lines = new List<(string Tag, string? Value)>
        {
            ("TY", meta.Kind switch { DocumentKind.JournalArticle => "JOUR", DocumentKind.ThesisAbstract => "THES", DocumentKind.NewsArticle => "NEWS", _ => "GEN" }),
        };
        lines.AddRange(work.Authors.Select(a => ("AU", (string?)a.Inverted)));
        lines.Add(("TI", work.Title()));
        lines.AddRange(work.OtherTitles().Take(1).Select(t => ("TT", (string?)t.Title)));
        lines.Add((meta.Kind == DocumentKind.JournalArticle ? "JO" : "T2", publication.Container));
        lines.Add(("PB", publication.Publisher));
        lines.Add(("VL", publication.Volume));
        lines.Add(("IS", publication.Issue));
        if (publication.PageRange is var (first, last))
        {
            lines.Add(("SP", first));
            lines.Add(("EP", last));
        }
        if (publication.Published is { } date)
        {
            lines.Add(("PY", date.Year.ToString(CultureInfo.InvariantCulture)));
            lines.Add(("DA", date.ToString().Replace('-', '/')));
        }
        lines.Add(("DO", publication.Doi));
        lines.Add(("UR", work.RecordUrl));
        lines.Add(("LA", meta.PrimaryLanguage));
        lines.AddRange(work.Keywords.Select(k => ("KW", (string?)k)));
        if (work.ParagraphNumber is { } paragraph)
        {
            lines.Add(("N1", "¶ " + paragraph.ToString(CultureInfo.InvariantCulture)));
        }
        var written = lines.Where(l => !string.IsNullOrWhiteSpace(l.Value)).Select(l => $"{l.Tag}  - {OneLine.Of(l.Value!)}");
        return string.Join("\r\n", written.Append("ER  - ")) + "\r\n";
    }
}
