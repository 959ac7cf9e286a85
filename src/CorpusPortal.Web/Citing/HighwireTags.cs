using CorpusPortal.Model.Documents;

namespace CorpusPortal.Web.Citing;

/// <summary>
/// Highwire Press meta tags (name, content) as Google Scholar and Zotero read them from a document's page: each
/// author with institution and ORCID after it, dates as YYYY/MM/DD, the journal, volume, issue, pages, DOI.
/// </summary>
public static class HighwireTags
{
    public static IEnumerable<(string Name, string Content)> Of(CitedWork work)
    {
        var meta = work.Meta;
        var publication = work.Publication;
        var tags = new List<(string, string?)> { ("citation_title", work.Title()) };
        foreach (var author in work.Authors)
        {
            tags.Add(("citation_author", author.Inverted));
            tags.Add(("citation_author_institution", author.Affiliation));
            tags.Add(("citation_author_orcid", author.Orcid is null ? null : "https://orcid.org/" + author.Orcid));
        }
        tags.Add(("citation_publication_date", publication.Published?.ToString().Replace('-', '/')));
        tags.Add((meta.Kind == DocumentKind.ThesisAbstract ? "citation_dissertation_institution" : "citation_journal_title", publication.Container));
        tags.Add(("citation_publisher", publication.Publisher));
        tags.Add(("citation_volume", publication.Volume));
        tags.Add(("citation_issue", publication.Issue));
        if (publication.PageRange is var (first, last))
        {
            tags.Add(("citation_firstpage", first));
            tags.Add(("citation_lastpage", last));
        }
        tags.Add(("citation_doi", publication.Doi));
        tags.Add(("citation_language", meta.PrimaryLanguage));
        tags.Add(("citation_abstract_html_url", work.PortalUrl));
        tags.AddRange(meta.Keywords.Select(k => ("citation_keywords", (string?)string.Join("; ", k.Terms))));
        tags.Add(("dc.type", KindNames.Name(meta.Kind)));
        tags.Add(("dc.rights", publication.Licence));
        return tags.Where(t => !string.IsNullOrWhiteSpace(t.Item2)).Select(t => (t.Item1, t.Item2!));
    }
}
