using System.Text.RegularExpressions;
using CorpusPortal.Corpus.Store;
using CorpusPortal.Model.Bibliography;
using static CorpusPortal.Model.Documents.MetadataLimits;
using CorpusPortal.Model.Warnings;
using CorpusPortal.Text;

namespace CorpusPortal.Corpus.FrontMatter;

/// <summary>
/// Every front matter value the portal will show, cite or index, checked before the document exists: nothing
/// empty where a value is needed, nothing a page cannot show, nothing larger than a paper has. A failure names
/// the field and its line.
/// </summary>
internal static partial class FrontMatterChecks
{
    public static void Check(FrontMatterData data, FrontMatterParser parser, string file, int frontLine)
    {
        void Fail(string key, string problem) =>
            throw new CorpusFormatException(file, parser.KeyLines.GetValueOrDefault(key, frontLine), $"front matter: {problem}");

        if (data.Id is null || !DocumentIds.IsValid(data.Id))
        {
            Fail("id", $"id '{Escaped(data.Id)}' is not a document id (lowercase letters, digits, '_' and '-', at most 80, starting with a letter or digit)");
        }
        if (data.Kind is null)
        {
            Fail("kind", "kind is empty");
        }
        if (!IsLanguage(data.Language))
        {
            Fail("language", $"language '{Escaped(data.Language)}' is not a language code (two or three lowercase letters, or 'und')");
        }
        if (data.Source is null || (data.Source.Length > 0 && RawFileNames.Problem(data.Source) is not null))
        {
            Fail("source", $"source '{Escaped(data.Source)}' is not a raw file name in corpus/raw");
        }
        if (data.Title is null)
        {
            Fail("title", "title is empty; write {} for a document without a title");
        }
        foreach (var (language, title) in data.Title!)
        {
            if ((IsLanguage(language) ? TextProblem(title, MaxTitleLength) : "is not under a language code") is { } problem)
            {
                Fail("title", $"title '{Escaped(language)}' {problem}");
            }
        }
        if (data.Authors is null || data.Authors.Count > MaxAuthors)
        {
            Fail("authors", data.Authors is null ? "authors is empty; write [] for none" : $"more than {MaxAuthors} authors");
        }
        for (var i = 0; i < data.Authors!.Count; i++)
        {
            if (AuthorsData.Read(data.Authors[i]).Problem is { } problem)
            {
                Fail("authors", $"author {i + 1} {problem}");
            }
        }
        if (data.Year is { } year && year is < FirstYear or > LastYear)
        {
            Fail("year", $"year {year} is not between {FirstYear} and {LastYear}");
        }
        if (data.Year is not null && data.Published is not null)
        {
            Fail("year", "year and published are both written; keep published (YYYY, YYYY-MM or YYYY-MM-DD)");
        }
        CheckPublication(data, Fail);
        CheckKeywords(data, Fail);
        if (data.Editorial is null || data.Editorial.Any(e => e is null))
        {
            Fail("editorial", "editorial has an empty entry");
        }
        if (data.TitleSource is null)
        {
            Fail("title-source", "title-source is empty; write {} for none");
        }
        CheckNotes(data, Fail);
        CheckAlignments(data, Fail);
    }

    private static void CheckPublication(FrontMatterData data, Action<string, string> fail)
    {
        foreach (var field in PublicationField.All)
        {
            if (data.Field(field.Name) is not { } value)
            {
                continue;
            }
            if (field.Problem(value.Trim()) is { } problem)
            {
                fail(field.Name, $"{field.Name} '{Escaped(value)}' {FieldProblems.English(problem, field.MaxLength)}");
            }
            if (field.Form == PublicationField.Shape.Date && PartialDate.Parse(value)!.Value.Year is < FirstYear or > LastYear)
            {
                fail(field.Name, $"{field.Name} {value} is not between {FirstYear} and {LastYear}");
            }
        }
    }

    private static void CheckAlignments(FrontMatterData data, Action<string, string> fail)
    {
        var alignments = data.Alignment ?? [];
        for (var i = 0; i < alignments.Count; i++)
        {
            var alignment = alignments[i];
            if (alignment is null || string.IsNullOrWhiteSpace(alignment.Left) || string.IsNullOrWhiteSpace(alignment.Right) || alignment.Pairs is null)
            {
                fail("alignment", $"alignment {i + 1} needs left, right (section anchors) and pairs");
            }
            if (alignment!.Pairs!.Count > MaxAlignedPairs)
            {
                fail("alignment", $"alignment {i + 1}: more than {MaxAlignedPairs} pairs");
            }
            for (var k = 0; k < alignment.Pairs.Count; k++)
            {
                if (Alignment.AlignmentText.Parse(alignment.Pairs[k]).Problem is { } problem)
                {
                    fail("alignment", $"alignment {i + 1}, pair {k + 1} '{Escaped(alignment.Pairs[k])}' {problem}");
                }
            }
        }
    }

    private static void CheckKeywords(FrontMatterData data, Action<string, string> fail)
    {
        if (data.Keywords is null)
        {
            fail("keywords", "keywords is empty; write {} for none");
        }
        foreach (var (language, keywords) in data.Keywords!)
        {
            if (!IsLanguage(language) || keywords is null || keywords.Label is null || keywords.Terms is null)
            {
                fail("keywords", $"keywords '{Escaped(language)}' need a language code, a label and a list of terms");
            }
            if (keywords!.Terms!.Count > MaxKeywords)
            {
                fail("keywords", $"keywords '{language}': more than {MaxKeywords} terms");
            }
            if (keywords.Terms.Select(t => TextProblem(t, MaxNameLength)).FirstOrDefault(p => p is not null) is { } problem)
            {
                fail("keywords", $"keywords '{language}': a keyword {problem}");
            }
        }
    }

    private static void CheckNotes(FrontMatterData data, Action<string, string> fail)
    {
        if (data.ImportNotes is null || data.ImportNotes.Count > MaxNotes)
        {
            fail("import-notes", data.ImportNotes is null ? "import-notes is empty; write [] for none" : $"more than {MaxNotes} import notes");
        }
        for (var i = 0; i < data.ImportNotes!.Count; i++)
        {
            var note = data.ImportNotes[i];
            if (note is null || note.Code is null || !NoteCode().IsMatch(note.Code))
            {
                fail("import-notes", $"import note {i + 1} has no code (lowercase letters, digits and '-')");
            }
            if (!Enum.TryParse<WarningSeverity>(note!.Severity, ignoreCase: true, out _) || int.TryParse(note.Severity, out _))
            {
                fail("import-notes", $"import note {i + 1}: severity '{Escaped(note.Severity)}' is not info, warning or error");
            }
            if (note.Message is null || note.Message.Length > MaxTitleLength || note.Line is < 1)
            {
                fail("import-notes", $"import note {i + 1} needs a message (at most {MaxTitleLength} characters) and a line of 1 or more");
            }
        }
    }

    private static bool IsLanguage(string? code) => code is not null && LanguageCode().IsMatch(code);

    /// <summary>What makes <paramref name="text"/> unfit to show as one line of metadata, or null.</summary>
    private static string? TextProblem(string? text, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "is empty";
        }
        if (text.Length > maxLength)
        {
            return $"is longer than {maxLength} characters";
        }
        return text.Any(char.IsControl) ? "contains a line break or a control character" : null;
    }

    private static string Escaped(string? value) =>
        value is null ? "~" : value.Length > 60 ? value[..60] + "…" : value.Replace("\n", "\\n", StringComparison.Ordinal).Replace("\r", "\\r", StringComparison.Ordinal);

    [GeneratedRegex(@"\A(?:[a-z]{2,3})\z", RegexOptions.None, CorpusPortal.Text.RegexBudget.Milliseconds)]
    private static partial Regex LanguageCode();

    [GeneratedRegex(@"\A[a-z0-9][a-z0-9-]{0,60}\z", RegexOptions.None, CorpusPortal.Text.RegexBudget.Milliseconds)]
    private static partial Regex NoteCode();
}
