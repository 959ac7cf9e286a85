using System.Text;

namespace CorpusPortal.Corpus.Markdown;

/// <summary>
/// Escapes text so that Markdown reads it back character for character: punctuation that Markdown or its
/// extensions give meaning to is backslash-escaped, and a paragraph that starts like a list item, heading or
/// quote is escaped at its start.
/// </summary>
internal static class MarkdownText
{
    private const string Special = "\\`*_[]<>{}&";

    public static string Escape(string text, bool atBlockStart = true, bool inTable = false)
    {
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (Special.Contains(c, StringComparison.Ordinal) || (inTable && c == '|'))
            {
                escaped.Append('\\');
            }
            escaped.Append(c == '\n' ? ' ' : c);
        }
        if (atBlockStart)
        {
            EscapeBlockStart(escaped);
        }
        return escaped.ToString();
    }

    /// <summary>Attribute values go in double quotes; a double quote inside becomes a typographic one.</summary>
    public static string Attribute(string value) => "\"" + value.Replace('"', '”') + "\"";

    private static void EscapeBlockStart(StringBuilder text)
    {
        if (text.Length == 0)
        {
            return;
        }
        if (text[0] is '-' or '+' or '=' or '>' or ':' or '#' or '~' or '|')
        {
            text.Insert(0, '\\');
            return;
        }
        var digits = 0;
        while (digits < text.Length && char.IsAsciiDigit(text[digits]))
        {
            digits++;
        }
        if (digits is > 0 and <= 9 && digits < text.Length && text[digits] is '.' or ')')
        {
            text.Insert(digits, '\\');
        }
    }
}
