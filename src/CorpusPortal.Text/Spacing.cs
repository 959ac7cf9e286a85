namespace CorpusPortal.Text;

/// <summary>White space in derived forms (a title read from a header, a part of a reference, a note from a Word file).</summary>
public static class Spacing
{
    /// <summary>Every run of white space (tabs, line breaks) as one space, none at either end.</summary>
    public static string Single(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
