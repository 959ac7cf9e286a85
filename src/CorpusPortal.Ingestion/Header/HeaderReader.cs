using System.Text.RegularExpressions;
using CorpusPortal.Ingestion.Headings;
using CorpusPortal.Ingestion.LanguageDetection;
using CorpusPortal.Ingestion.Layout;
using CorpusPortal.Model.Bibliography;
using CorpusPortal.Model.Documents;
using CorpusPortal.Model.Sources;
using CorpusPortal.Model.Warnings;
using CorpusPortal.Text;

namespace CorpusPortal.Ingestion.Header;

/// <summary>What a paper's header said: its titles, authors and publication, and what of it stays text.</summary>
internal sealed class HeaderResult
{
    public static readonly HeaderResult None = new();

    /// <summary>The blocks the header reading took (the caller skips them, taking <see cref="Leftovers"/> as text instead).</summary>
    public HashSet<int> Consumed { get; } = [];

    /// <summary>Lines of a consumed block that were not understood, by block: kept as text.</summary>
    public Dictionary<int, List<RawBlock>> Leftovers { get; } = [];

    public Dictionary<string, (string Text, SourceSpan Span)> Titles { get; } = new(StringComparer.Ordinal);

    public List<Author> Authors { get; } = [];

    public Publication Publication { get; set; } = Publication.Unknown;

    public List<ImportWarning> Notes { get; } = [];
}

/// <summary>
/// Reads the header of a paper: the short blocks before its first abstract label (<c>Öz</c>, <c>Abstract</c>), where
/// journals print the journal line, DOI, dates, titles, authors and their affiliation notes; or, in an article
/// without an abstract (a news article), the headline and byline above its first paragraph (<c>By Anna Petrova</c>,
/// <c>Yazan: …</c>). Each line is read as one of these, or kept as text with a warning: nothing of the header vanishes.
/// </summary>
internal static partial class HeaderReader
{
    /// <summary>How far down a header may reach, and how long its blocks may be.</summary>
    private const int MaxBlocks = 30;
    private const int MaxBlockLines = 8;
    private const int MaxLineLength = 400;

    private enum Use
    {
        Unknown,
        Read,
        Author,
        Affiliation,
        Title,
    }

    public static HeaderResult Read(IReadOnlyList<RawBlock> blocks, Func<int, bool> skipped)
    {
        var end = End(blocks);
        if (end <= 0)
        {
            return HeaderResult.None;
        }
        // Above an abstract label, the header is in that abstract's language; above a byline, in the headline's.
        var headerLanguage = HeadingRecognizer.Label(blocks[end].FirstContent)?.Language ?? LanguageGuesser.Guess(blocks[0].FirstContent);
        var turkish = headerLanguage is Languages.Turkish or Languages.Azerbaijani;
        var result = new HeaderResult();
        var lines = new List<(int Block, SourceLine Line, Use Use)>();
        for (var b = 0; b < end; b++)
        {
            if (!skipped(b))
            {
                result.Consumed.Add(b);
                lines.AddRange(blocks[b].Lines.Select(l => (b, l, Use.Unknown)));
            }
        }
        var publication = Publication.Unknown;
        var printed = new List<PrintedAuthor>();
        var notes = new List<(int Line, AffiliationNote.Reading Note)>();
        var orcids = new List<string>();
        var read = new List<string>();
        for (var i = 0; i < lines.Count; i++)
        {
            var content = lines[i].Line.Content;
            var use = Use.Unknown;
            if (Doi().Match(content) is { Success: true } doi && publication.Doi is null && Identifiers.IsDoi(doi.Groups["doi"].Value.TrimEnd('.')))
            {
                publication = publication with { Doi = Identifiers.PlainDoi(doi.Groups["doi"].Value.TrimEnd('.')) };
                read.Add("DOI");
                use = IsEmptyBut(content, doi.Value) ? Use.Read : Use.Unknown;
            }
            else if (HeaderDates.Read(content) is { Dates.Count: > 0 } dated)
            {
                foreach (var (kind, date) in dated.Dates)
                {
                    publication = kind switch
                    {
                        HeaderDateKind.Received => publication with { Received = publication.Received ?? date },
                        HeaderDateKind.Accepted => publication with { Accepted = publication.Accepted ?? date },
                        _ => publication with { Published = publication.Published ?? date },
                    };
                    read.Add(kind.ToString().ToLowerInvariant() + " date");
                }
                use = dated.Whole ? Use.Read : Use.Unknown;
            }
            else if (ArticleType().IsMatch(content))
            {
                use = Use.Read;
            }
            else if (ThesisLine.Read(content) is { } thesis)
            {
                publication = publication with
                {
                    Publisher = publication.Publisher ?? thesis.Institution,
                    Published = publication.Published ?? (thesis.Year is { } year ? new PartialDate(year) : null),
                };
                read.Add("thesis");
                use = Use.Read;
            }
            else if (AffiliationNote.Marked(content) is { } note && printed.Count > 0)
            {
                notes.Add((i, note));
                use = Use.Affiliation;
            }
            else if (OnlyOrcid().IsMatch(content))
            {
                orcids.AddRange(AuthorLine.OrcidsIn(content));
                use = Use.Read;
            }
            else if (Byline().Match(content) is { Success: true } byline && AuthorLine.Read(content[byline.Length..], turkish, affiliationFollows: true) is { } signed)
            {
                printed.AddRange(signed);
                use = Use.Author;
            }
            else if (AuthorLine.Read(content, turkish, i + 1 < lines.Count && AffiliationNote.Unmarked(lines[i + 1].Line.Content) is not null && ThesisLine.Read(lines[i + 1].Line.Content) is null) is { } authors)
            {
                printed.AddRange(authors);
                orcids.AddRange(AuthorLine.OrcidsIn(content));
                use = Use.Author;
            }
            else if (printed.Count > 0 && AffiliationNote.Unmarked(content) is { } unmarked)
            {
                notes.Add((i, unmarked));
                use = Use.Affiliation;
            }
            else if (publication.Container is null && JournalLine.Read(content) is { } journal)
            {
                publication = publication with
                {
                    Container = journal.Container ?? publication.Container,
                    Volume = publication.Volume ?? journal.Volume,
                    Issue = publication.Issue ?? journal.Issue,
                    Pages = publication.Pages ?? journal.Pages,
                    Published = publication.Published ?? (journal.Year is { } year ? new PartialDate(year) : null),
                };
                read.Add("journal");
                use = journal.Whole ? Use.Read : Use.Unknown;
            }
            lines[i] = lines[i] with { Use = use };
        }
        var (linked, usedNotes) = Link(printed, notes, orcids);
        result.Authors.AddRange(linked);
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Use == Use.Affiliation && !usedNotes.Contains(i))
            {
                lines[i] = lines[i] with { Use = Use.Unknown }; // a note no author leads to is kept as text
            }
        }
        if (result.Authors.Count > 0)
        {
            read.Add(result.Authors.Count == 1 ? "1 author" : $"{result.Authors.Count} authors");
        }
        result.Publication = Kept(publication);
        TitlesAndLeftovers(lines, result, headerLanguage ?? Languages.Unknown);
        if (read.Count > 0)
        {
            result.Notes.Add(new ImportWarning("header-read", $"read from the header (lines {lines[0].Line.Number}–{lines[^1].Line.Number}): {string.Join(", ", read.Distinct(StringComparer.Ordinal))}", lines[0].Line.Number) { Severity = WarningSeverity.Info });
        }
        return result;
    }

    /// <summary>
    /// The index of the first abstract label, when every block before it is short enough to be a header; without
    /// one, the index after a byline standing alone among the first blocks (a headline and a byline); else 0.
    /// </summary>
    private static int End(IReadOnlyList<RawBlock> blocks)
    {
        for (var b = 0; b < Math.Min(blocks.Count, MaxBlocks); b++)
        {
            if (HeadingRecognizer.Label(blocks[b].FirstContent) is { Kind: HeadingKind.Abstract })
            {
                return b;
            }
            if (blocks[b].Lines.Count > MaxBlockLines || blocks[b].Lines.Any(l => l.Content.Length > MaxLineLength))
            {
                break;
            }
        }
        // The byline may come first: a web page's headline is its title tag, read apart from the text.
        for (var b = 0; b < Math.Min(blocks.Count - 1, 4); b++)
        {
            if (blocks[b].Lines.Count == 1 && Byline().IsMatch(blocks[b].FirstContent))
            {
                return b + 1;
            }
        }
        return 0;
    }

    /// <summary>
    /// Gives each printed author the affiliation notes their marks lead to (a single unmarked author the one
    /// unmarked affiliation line), and the ORCID iDs found outside notes, in order. Returns the lines of the notes used.
    /// </summary>
    private static (List<Author> Authors, HashSet<int> UsedNotes) Link(List<PrintedAuthor> printed, List<(int Line, AffiliationNote.Reading Note)> notes, List<string> orcids)
    {
        static string Plain(string mark) => mark.Trim('(', ')');
        var unmarked = notes.Where(n => n.Note.Mark is null).ToList();
        var authors = new List<Author>();
        var used = new HashSet<int>();
        var freeOrcids = new Queue<string>(orcids);
        foreach (var (author, marks) in printed)
        {
            var own = notes.Where(n => n.Note.Mark is { } mark && marks.Any(m => Plain(m) == Plain(mark))).ToList();
            if (own.Count == 0 && marks.Count == 0 && unmarked.Count == 1 && printed.Count(p => p.Marks.Count == 0) == 1)
            {
                own = unmarked;
            }
            used.UnionWith(own.Select(n => n.Line));
            var affiliation = Clean(string.Join("; ", own.Select(n => n.Note.Affiliation).Where(a => a.Length > 0)), MetadataLimits.MaxTitleLength) ?? "";
            var orcid = own.Select(n => n.Note.Orcid).FirstOrDefault(o => o is not null) ?? (freeOrcids.Count > 0 ? freeOrcids.Dequeue() : null);
            authors.Add(author with
            {
                Affiliation = affiliation.Length > 0 ? affiliation : null,
                Orcid = orcid is null ? null : Identifiers.PlainOrcid(orcid),
            });
        }
        return (authors, used);
    }

    /// <summary>
    /// Lines not read are titles (the first short run of lines in each language that does not end like a sentence)
    /// or kept as text with a warning.
    /// </summary>
    /// <remarks>
    /// A run ends where the language changes from one line to the next (a Turkish title printed above its English
    /// one). A title whose language cannot be told (no function words: "Azerbaijan's Oil Diplomacy after
    /// Independence") is in the language of the abstract the header stands above, if that title is still free.
    /// </remarks>
    private static void TitlesAndLeftovers(List<(int Block, SourceLine Line, Use Use)> lines, HeaderResult result, string headerLanguage)
    {
        var i = 0;
        while (i < lines.Count)
        {
            if (lines[i].Use != Use.Unknown)
            {
                i++;
                continue;
            }
            var first = LanguageGuesser.Guess(lines[i].Line.Content);
            var run = lines.Skip(i)
                .TakeWhile((l, k) => l.Use == Use.Unknown && l.Block == lines[i].Block && (k == 0 || SameLanguage(first, LanguageGuesser.Guess(l.Line.Content))))
                .Select(l => l.Line).ToList();
            var text = string.Join(' ', run.Select(l => l.Content));
            var language = LanguageGuesser.Guess(text) is var guessed && guessed != Languages.Unknown ? guessed : headerLanguage;
            var last = run[^1];
            if (Clean(text, MetadataLimits.MaxTitleLength) is { } title && title.Length <= 300 && !text.EndsWith('.') && language != Languages.Unknown && !result.Titles.ContainsKey(language) && text.Any(char.IsLetter))
            {
                result.Titles[language] = (title, new SourceSpan(new SourcePosition(run[0].Number, run[0].ContentColumn), new SourcePosition(last.Number, last.ContentColumn + last.Content.Length - 1)));
            }
            else
            {
                if (!result.Leftovers.TryGetValue(lines[i].Block, out var parts))
                {
                    result.Leftovers[lines[i].Block] = parts = [];
                }
                parts.Add(new RawBlock(run, false));
                result.Notes.Add(new ImportWarning("header-unread",
                    $"“{(text.Length > 80 ? text[..80] + "…" : text)}” in the paper's header was kept as text: it reads as none of title, authors, affiliation, journal, DOI or dates",
                    run[0].Number));
            }
            i += run.Count;
        }
    }

    /// <summary>
    /// The publication with each field as the corpus format would keep it: white space runs (a tab) made single
    /// spaces, and a field the format would refuse (a control character, too long) left unknown rather than written.
    /// </summary>
    private static Publication Kept(Publication publication)
    {
        foreach (var field in PublicationField.All)
        {
            if (field.Get(publication) is { } value)
            {
                var clean = Spacing.Single(value);
                publication = field.Set(publication, field.Problem(clean) is null ? clean : null);
            }
        }
        return publication;
    }

    /// <summary>A derived text with its runs of white space made single spaces; null when it holds another control character or is longer than <paramref name="max"/>.</summary>
    private static string? Clean(string text, int max)
    {
        var spaced = Spacing.Single(text);
        return PublicationField.TextProblem(spaced, max) is null ? spaced : null;
    }

    private static bool SameLanguage(string first, string next) =>
        first == Languages.Unknown || next == Languages.Unknown || first == next;

    private static bool IsEmptyBut(string line, string part) =>
        line.Replace(part, "", StringComparison.Ordinal).All(c => char.IsWhiteSpace(c) || c is ':' or '|' or '•' or ',' or ';');

    [GeneratedRegex(@"(?:DOI\s*:?\s*|https?://(?:dx\.)?doi\.org/)?(?<doi>10\.\d{4,9}/\S+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex Doi();

    [GeneratedRegex(@"^\s*(?:ORCID(?:\s*iD)?\s*:?\s*)?(?:https?://orcid\.org/)?\d{4}-\d{4}-\d{4}-\d{3}[\dX](?:\s*[,;]\s*(?:https?://orcid\.org/)?\d{4}-\d{4}-\d{4}-\d{3}[\dX])*\s*$", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex OnlyOrcid();

    [GeneratedRegex(@"^\s*(?:Araştırma\s+Makalesi|Derleme(?:\s+Makalesi)?|Kitap\s+(?:Eleştirisi|İncelemesi)|Research\s+Article|Review(?:\s+Article)?|Original\s+Article|Book\s+Review|Makale\s+Bilgisi|Article\s+Info(?:rmation)?|Makale\s+Türü|Article\s+Type)(?:\s*[/|:]\s*(?:Araştırma\s+Makalesi|Derleme|Research\s+Article|Review(?:\s+Article)?|Original\s+Article|Article\s+Info(?:rmation)?|Article\s+Type))*\s*:?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex ArticleType();

    /// <summary>A byline's lead: <c>By </c>, <c>Yazan: </c>, <c>Müəllif: </c>.</summary>
    [GeneratedRegex(@"^(?:By|BY|Yazan|YAZAN|Haber|Müəllif)\s*:?\s+(?=\p{Lu})", RegexOptions.CultureInvariant, RegexBudget.Milliseconds)]
    private static partial Regex Byline();
}
