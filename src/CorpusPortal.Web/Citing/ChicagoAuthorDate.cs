using CorpusPortal.Model.Documents;
using CorpusPortal.Web.Localization;

namespace CorpusPortal.Web.Citing;

/// <summary>
/// Chicago author-date references and citations (17th edition), in the interface language's words ("and"/"ve",
/// "n.d."/"t.y."). What the corpus does not know is left out.
/// </summary>
public static class ChicagoAuthorDate
{
    /// <summary>Chicago lists up to ten authors; beyond that the first seven and "et al.".</summary>
    private const int ListedAuthors = 10;

    public static StyledText Reference(CitedWork work, UiText ui)
    {
        var text = new StyledText();
        var publication = work.Publication;
        var title = work.Title(ui).TrimEnd('.');
        var year = work.Meta.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? ui.T("Common.ND");
        var quoted = work.Meta.Kind is DocumentKind.JournalArticle or DocumentKind.NewsArticle or DocumentKind.ThesisAbstract;
        if (work.Authors.Count > 0)
        {
            text.Add(Authors(work, ui)).Add(" ").Add(year).Add(". ");
            AddTitle(text, title, quoted);
        }
        else
        {
            AddTitle(text, title, quoted);
            text.Add(" ").Add(year).Add(".");
        }
        switch (work.Meta.Kind)
        {
            case DocumentKind.JournalArticle when publication.Container is { } journal:
                text.Add(" ").Italic(journal);
                if (publication.Volume is { } volume)
                {
                    text.Add(" " + volume);
                }
                if (publication.Issue is { } issue)
                {
                    text.Add($" ({issue})");
                }
                if (publication.Pages is { } pages)
                {
                    text.Add(": " + pages.Replace('-', '–'));
                }
                text.Add(".");
                break;
            case DocumentKind.NewsArticle when publication.Container is { } site:
                text.Add(" ").Italic(site);
                text.Add(publication.Published is { Month: not null } date ? $", {DateWords.MonthAndDay(ui, date)}." : ".");
                break;
            case DocumentKind.ThesisAbstract:
                text.Add(" ").Add(ui.T("Common.ThesisAbstract")).Add(publication.Container is { } institution ? $", {institution}." : ".");
                break;
            default:
                if ((publication.Publisher ?? publication.Container) is { } publisher)
                {
                    text.Add(" ").Add(publisher.TrimEnd('.')).Add(".");
                }
                break;
        }
        return text.Add(" ").Add(work.Link).Add(".");
    }

    /// <summary>The parenthetical citation: (Deneme 2021, para. 13); (Deneme vd. 2021).</summary>
    public static string InText(CitedWork work, UiText ui)
    {
        var and = ui.T("ChicagoAuthorDate.And");
        var who = work.Authors.Count switch
        {
            0 => "“" + work.Title(ui) + "”",
            1 => work.Authors[0].Family,
            2 => $"{work.Authors[0].Family} {and} {work.Authors[1].Family}",
            3 => $"{work.Authors[0].Family}, {work.Authors[1].Family}{(ui.IsEnglish ? "," : "")} {and} {work.Authors[2].Family}",
            _ => $"{work.Authors[0].Family} {ui.T("Common.EtAl")}",
        };
        var year = work.Meta.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? ui.T("Common.ND");
        var place = work.ParagraphNumber is { } n ? $", para. {n}" : "";
        return $"({who} {year}{place})";
    }

    /// <summary>The first author inverted, the others given name first: "Deneme, Ayşe, and Can Örnek."</summary>
    private static string Authors(CitedWork work, UiText ui)
    {
        var names = work.Authors.Select((a, i) => i == 0 ? a.Inverted : a.Name).ToList();
        var and = ui.T("ChicagoAuthorDate.And");
        var joined = names.Count switch
        {
            > ListedAuthors => string.Join(", ", names.Take(7)) + ", " + ui.T("Common.EtAl"),
            2 => $"{names[0]}, {and} {names[1]}", // the comma closes the inverted first name
            _ => AuthorNames.Joined(names, and, serialComma: ui.IsEnglish),
        };
        return joined.EndsWith('.') ? joined : joined + ".";
    }

    private static void AddTitle(StyledText text, string title, bool quoted)
    {
        var end = title.EndsWith('?') || title.EndsWith('!') ? "" : ".";
        if (quoted)
        {
            text.Add($"“{title}{end}”");
        }
        else
        {
            text.Italic(title).Add(end);
        }
    }
}
