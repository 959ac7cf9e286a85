using System.Text.Json.Nodes;
using CorpusPortal.Model.Bibliography;
using CorpusPortal.Model.Documents;

namespace CorpusPortal.Web.Citing;

/// <summary>
/// A CSL-JSON item (what Zotero, Pandoc and citeproc read): type, title, authors as family and given names, issued
/// date parts, container, volume, issue, page, DOI, URL, language and keywords. Unknown fields are absent.
/// </summary>
public static class CslJson
{
    public static JsonArray Items(CitedWork work)
    {
        var meta = work.Meta;
        var publication = work.Publication;
        var item = new JsonObject
        {
            ["id"] = BibTex.Key(work),
            ["type"] = meta.Kind switch
            {
                DocumentKind.JournalArticle => "article-journal",
                DocumentKind.ThesisAbstract => "thesis",
                DocumentKind.NewsArticle => "article-newspaper",
                _ => "document",
            },
            ["title"] = work.Title(),
        };
        if (work.Authors.Count > 0)
        {
            item["author"] = new JsonArray([.. work.Authors.Select(Name)]);
        }
        if (publication.Published is { } date)
        {
            item["issued"] = new JsonObject { ["date-parts"] = new JsonArray(new JsonArray([.. DateParts(date)])) };
        }
        item.AddKnown("container-title", publication.Container);
        item.AddKnown("publisher", publication.Publisher);
        item.AddKnown("volume", publication.Volume);
        item.AddKnown("issue", publication.Issue);
        item.AddKnown("page", publication.Pages);
        item.AddKnown("DOI", publication.Doi);
        item.AddKnown("URL", work.RecordUrl);
        item.AddKnown("language", meta.PrimaryLanguage);
        item.AddKnown("genre", meta.Kind == DocumentKind.ThesisAbstract ? "Thesis abstract" : null);
        item.AddKnown("license", publication.Licence);
        var keywords = work.Keywords.ToList();
        item.AddKnown("keyword", keywords.Count > 0 ? string.Join(", ", keywords) : null);
        if (work.ParagraphNumber is { } paragraph)
        {
            item["locator"] = paragraph.ToString(System.Globalization.CultureInfo.InvariantCulture);
            item["label"] = "paragraph";
        }
        return [item];
    }

    private static JsonNode Name(Author author)
    {
        var name = new JsonObject();
        if (author.Given is null)
        {
            name["literal"] = author.Family;
        }
        else
        {
            name["family"] = author.Family;
            name["given"] = author.Given;
        }
        return name;
    }

    private static IEnumerable<JsonNode?> DateParts(PartialDate date)
    {
        yield return date.Year;
        if (date.Month is { } month)
        {
            yield return month;
            if (date.Day is { } day)
            {
                yield return day;
            }
        }
    }

}
