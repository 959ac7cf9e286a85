namespace CorpusPortal.Benchmarks.Search.Relevance;

/// <summary>One line of queries.tsv: a query as a researcher types it, and texts only the right passages contain.</summary>
internal sealed record RelevanceQuery(string Category, string Query, IReadOnlyList<string> Answers)
{
    public static string FilePath => Path.Combine(RepositoryFiles.Root, "src", "CorpusPortal.Benchmarks", "Search", "Relevance", "queries.tsv");

    public static IReadOnlyList<RelevanceQuery> Load(string path) => File.ReadLines(path)
        .Select((line, index) => (Line: line, Number: index + 1))
        .Where(l => l.Line.Length > 0 && !l.Line.StartsWith('#'))
        .Select(l => Parse(path, l.Line, l.Number))
        .ToList();

    /// <summary>Whether a passage's text is a right answer.</summary>
    public bool IsAnswer(string text) => Answers.Any(answer => text.Contains(answer, StringComparison.Ordinal));

    /// <summary>The 1-based rank of the first right passage among <paramref name="texts"/>, or null.</summary>
    public int? RankIn(IEnumerable<string> texts) =>
        texts.Select((text, index) => (text, index)).FirstOrDefault(t => IsAnswer(t.text)) is { text: not null } first ? first.index + 1 : null;

    private static RelevanceQuery Parse(string path, string line, int number)
    {
        var fields = line.Split('\t');
        if (fields.Length != 3 || fields.Any(string.IsNullOrWhiteSpace))
        {
            throw new FormatException($"{path}, line {number}: expected category, query and answer separated by tabs");
        }
        return new RelevanceQuery(fields[0], fields[1], fields[2].Split(" || ", StringSplitOptions.TrimEntries));
    }
}
