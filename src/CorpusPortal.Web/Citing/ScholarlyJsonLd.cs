using System.Text.Json.Nodes;
using CorpusPortal.Model.Bibliography;
using CorpusPortal.Model.Documents;

namespace CorpusPortal.Web.Citing;

/// <summary>
/// schema.org JSON-LD for a document's page: a <c>ScholarlyArticle</c> (a <c>Thesis</c>, a <c>NewsArticle</c>) with
/// its authors (names, affiliation, ORCID), date, the periodical, volume and issue it is part of, pages, DOI,
/// languages, keywords and abstracts. Unknown fields are absent.
/// </summary>
public static class ScholarlyJsonLd
{
    public static JsonObject Of(CitedWork work)
    {
        var meta = work.Meta;
        var publication = work.Publication;
        var json = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = meta.Kind switch { DocumentKind.ThesisAbstract => "Thesis", DocumentKind.NewsArticle => "NewsArticle", _ => "ScholarlyArticle" },
            ["@id"] = work.PortalUrl,
            ["url"] = work.PortalUrl,
            ["name"] = work.Title(),
            ["headline"] = Headline(work.Title()),
            ["inLanguage"] = new JsonArray([.. work.Document.Languages.Where(l => l != Languages.Unknown).Select(l => (JsonNode)l)]),
        };
        var other = work.OtherTitles().ToList();
        if (other.Count > 0)
        {
            json["alternativeHeadline"] = other[0].Title;
        }
        if (work.Authors.Count > 0)
        {
            json["author"] = new JsonArray([.. work.Authors.Select(Person)]);
        }
        json.AddKnown("datePublished", publication.Published?.ToString());
        if (PartOf(publication, meta.Kind) is { } partOf)
        {
            json["isPartOf"] = partOf;
        }
        if (publication.PageRange is var (first, last))
        {
            json["pageStart"] = first;
            json.AddKnown("pageEnd", last);
            json["pagination"] = publication.Pages;
        }
        if (work.DoiUrl is { } doi)
        {
            json["identifier"] = new JsonObject { ["@type"] = "PropertyValue", ["propertyID"] = "DOI", ["value"] = publication.Doi };
            json["sameAs"] = doi;
        }
        else
        {
            json.AddKnown("sameAs", publication.Url);
        }
        json.AddKnown("license", publication.Licence);
        var keywords = work.Keywords.ToList();
        if (keywords.Count > 0)
        {
            json["keywords"] = string.Join(", ", keywords);
        }
        var abstracts = work.Document.Abstracts.Where(a => a.Kind == SectionKind.Abstract).ToList();
        if (abstracts.Count > 0)
        {
            json["abstract"] = new JsonArray([.. abstracts.Select(a => (JsonNode)new JsonObject
            {
                ["@language"] = a.Language,
                ["@value"] = string.Join("\n\n", a.Blocks.OfType<Paragraph>().Select(p => p.Text)),
            })]);
        }
        return json;
    }

    private static JsonNode Person(Author author)
    {
        var person = new JsonObject { ["@type"] = "Person", ["name"] = author.Name, ["familyName"] = author.Family };
        person.AddKnown("givenName", author.Given);
        if (author.Affiliation is { } affiliation)
        {
            person["affiliation"] = new JsonObject { ["@type"] = "Organization", ["name"] = affiliation };
        }
        if (author.Orcid is { } orcid)
        {
            person["sameAs"] = "https://orcid.org/" + orcid;
        }
        return person;
    }

    /// <summary>The issue in the volume in the periodical (as far as each is known), or the site or institution.</summary>
    private static JsonObject? PartOf(Publication publication, DocumentKind kind)
    {
        if (publication.Container is not { } container)
        {
            return null;
        }
        if (kind != DocumentKind.JournalArticle)
        {
            return new JsonObject { ["@type"] = kind == DocumentKind.NewsArticle ? "WebSite" : "Organization", ["name"] = container };
        }
        var part = new JsonObject { ["@type"] = "Periodical", ["name"] = container };
        if (publication.Volume is { } volume)
        {
            part = new JsonObject { ["@type"] = "PublicationVolume", ["volumeNumber"] = volume, ["isPartOf"] = part };
        }
        if (publication.Issue is { } issue)
        {
            part = new JsonObject { ["@type"] = "PublicationIssue", ["issueNumber"] = issue, ["isPartOf"] = part };
        }
        return part;
    }

    /// <summary>schema.org asks headlines of at most 110 characters.</summary>
    private static string Headline(string title) => title.Length <= 110 ? title : title[..109].TrimEnd() + "…";

}
