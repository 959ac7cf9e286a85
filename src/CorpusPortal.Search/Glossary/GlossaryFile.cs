using System.Text;

namespace CorpusPortal.Search.Glossary;

/// <summary>
/// Reads corpus/glossary.tsv: a header naming the languages of the columns (<c>tr</c>, <c>en</c>, <c>az</c>), then one
/// line per entry, its expressions tab-separated by column and the spellings within a column separated by " | ".
/// Lines starting with <c>#</c> and blank lines are skipped. A line that cannot be read is left out and reported with
/// its number; the rest of the glossary still works.
/// </summary>
public static class GlossaryFile
{
    public const string FileName = "glossary.tsv";

    private static readonly string[] Languages = ["tr", "en", "az"];

    public static (TermGlossary Glossary, IReadOnlyList<string> Problems) Read(string path, Analysis.WordList protectedWords)
    {
        if (!File.Exists(path))
        {
            return (TermGlossary.Empty, []);
        }
        return Parse(File.ReadAllLines(path, Encoding.UTF8), Path.GetFileName(path), protectedWords);
    }

    public static (TermGlossary Glossary, IReadOnlyList<string> Problems) Parse(IReadOnlyList<string> lines, string name, Analysis.WordList protectedWords)
    {
        var problems = new List<string>();
        var entries = new List<IReadOnlyList<GlossaryExpression>>();
        string[]? columns = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.Trim().Length == 0 || line.StartsWith('#'))
            {
                continue;
            }
            var cells = line.Split('\t');
            if (columns is null)
            {
                var unknown = cells.Select(c => c.Trim()).FirstOrDefault(c => !Languages.Contains(c, StringComparer.Ordinal));
                if (unknown is not null || cells.Length < 2)
                {
                    problems.Add($"{name}, line {i + 1}: the first line must name the languages of the columns, tab-separated ({string.Join(", ", Languages)}); found '{line}'");
                    return (TermGlossary.Empty, problems);
                }
                columns = cells.Select(c => c.Trim()).ToArray();
                continue;
            }
            if (cells.Length > columns.Length)
            {
                problems.Add($"{name}, line {i + 1}: {cells.Length} columns, the header names {columns.Length}; the line was left out");
                continue;
            }
            var expressions = cells
                .SelectMany((cell, column) => cell.Split('|').Select(s => s.Trim()).Where(s => s.Length > 0).Select(text => new GlossaryExpression(columns[column], text)))
                .ToList();
            if (expressions.Count < 2)
            {
                problems.Add($"{name}, line {i + 1}: an entry needs at least two expressions (two columns, or spellings separated by ' | '); the line was left out");
                continue;
            }
            entries.Add(expressions);
        }
        return (new TermGlossary(entries, protectedWords), problems);
    }
}
