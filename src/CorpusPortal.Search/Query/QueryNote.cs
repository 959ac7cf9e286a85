namespace CorpusPortal.Search.Query;

/// <summary>
/// Something to tell the user about a query: why it cannot be searched, or what was read in a best-effort way. A
/// stable <see cref="Code"/> and the <see cref="Values"/> it names let an interface say it in its own language;
/// <see cref="Text"/> says it in English, as the JSON API and the command line do.
/// </summary>
public sealed record QueryNote(string Code, string Text, IReadOnlyList<string> Values)
{
    public static QueryNote Of(string code, string text, params string[] values) => new(code, text, values);

    public override string ToString() => Text;
}
