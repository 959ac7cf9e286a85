using CorpusPortal.Model.Documents;
using CorpusPortal.Web.Localization;

namespace CorpusPortal.Web.Citing;

/// <summary>
/// APA 7 references and in-text citations, in the interface language's words ("n.d."/"t.y.", "et al."/"vd."). What
/// the corpus does not know is left out, never invented; a work with no authors starts with its title.
/// </summary>
public static class Apa7
{
    /// <summary>APA lists up to twenty authors; beyond that the first nineteen, an ellipsis and the last.</summary>
    private const int ListedAuthors = 20;

    public static StyledText Reference(CitedWork work, UiText ui)
    {
        var text = new StyledText();
        var publication = work.Publication;
        var title = work.Title(ui).TrimEnd('.');
        var standalone = work.Meta.Kind is DocumentKind.ThesisAbstract or DocumentKind.Other;
        if (work.Authors.Count > 0)
        {
            text.Add(Authors(work)).Add(" ").Add(DatePart(work, ui)).Add(" ");
            AddTitle(text, work, ui, title, standalone);
        }
        else
        {
            AddTitle(text, work, ui, title, standalone);
            text.Add(" ").Add(DatePart(work, ui));
        }
        if (work.Meta.Kind == DocumentKind.JournalArticle && publication.Container is { } journal)
        {
            text.Add(" ").Italic(journal);
            if (publication.Volume is { } volume)
            {
                text.Add(", ").Italic(volume);
                if (publication.Issue is { } issue)
                {
                    text.Add($"({issue})");
                }
            }
            if (publication.Pages is { } pages)
            {
                text.Add(", ").Add(pages.Replace('-', '–'));
            }
            text.Add(".");
        }
        else if (work.Meta.Kind == DocumentKind.NewsArticle && publication.Container is { } site)
        {
            text.Add(" ").Italic(site).Add(".");
        }
        else if (work.Meta.Kind is not DocumentKind.ThesisAbstract && (publication.Publisher ?? publication.Container) is { } publisher)
        {
            text.Add(" ").Add(publisher.TrimEnd('.')).Add(".");
        }
        return text.Add(" ").Add(work.Link);
    }

    /// <summary>The parenthetical citation: (Deneme, 2021, para. 13); (Deneme vd., 2021).</summary>
    public static string InText(CitedWork work, UiText ui)
    {
        var who = work.Authors.Count switch
        {
            0 => "“" + Shortened(work.Title(ui)) + "”",
            1 => work.Authors[0].Family,
            2 => $"{work.Authors[0].Family} & {work.Authors[1].Family}",
            _ => $"{work.Authors[0].Family} {ui.T("Common.EtAl")}",
        };
        var year = work.Meta.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? NoDate(ui);
        var place = work.ParagraphNumber is { } n ? $", para. {n}" : "";
        return $"({who}, {year}{place})";
    }

    private static string Authors(CitedWork work)
    {
        var names = work.Authors.Select(AuthorNames.ApaName).ToList();
        if (names.Count > ListedAuthors)
        {
            return string.Join(", ", names.Take(ListedAuthors - 1)) + ", . . . " + names[^1] + Period(names[^1]);
        }
        var joined = names.Count switch
        {
            1 => names[0],
            2 => $"{names[0]}, & {names[1]}",
            _ => string.Join(", ", names.Take(names.Count - 1)) + ", & " + names[^1],
        };
        return joined + Period(joined);
    }

    private static string Period(string text) => text.EndsWith('.') ? "" : ".";

    /// <summary>(2021). — (2021, June 30). for news — (n.d.). / (t.y.).</summary>
    private static string DatePart(CitedWork work, UiText ui)
    {
        if (work.Publication.Published is not { } date)
        {
            return $"({NoDate(ui)}).";
        }
        var year = date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return work.Meta.Kind == DocumentKind.NewsArticle && date.Month is not null
            ? $"({year}, {DateWords.MonthAndDay(ui, date)})."
            : $"({year}).";
    }

    private static string NoDate(UiText ui) => ui.T("Common.ND");

    private static void AddTitle(StyledText text, CitedWork work, UiText ui, string title, bool standalone)
    {
        if (standalone)
        {
            text.Italic(title);
            if (work.Meta.Kind == DocumentKind.ThesisAbstract)
            {
                var description = ui.T("Common.ThesisAbstract");
                text.Add(work.Publication.Container is { } institution ? $" [{description}, {institution}]" : $" [{description}]");
            }
            text.Add(".");
        }
        else
        {
            text.Add(title).Add(title.EndsWith('?') || title.EndsWith('!') ? "" : ".");
        }
    }

    private static string Shortened(string title)
    {
        var words = title.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= 5 ? title : string.Join(' ', words.Take(5)) + "…";
    }
}
