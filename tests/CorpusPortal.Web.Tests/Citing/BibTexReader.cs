using System.Text;

namespace CorpusPortal.Web.Tests.Citing;

/// <summary>
/// Reads BibTeX entries as a reference manager does, written here independently of the portal's writer: entry
/// type, key, and fields whose values are braced (nested braces kept, <c>\{</c> <c>\}</c> unescaped) or quoted.
/// </summary>
internal static class BibTexReader
{
    public sealed record Entry(string Type, string Key, IReadOnlyDictionary<string, string> Fields);

    public static List<Entry> Read(string text)
    {
        var entries = new List<Entry>();
        var i = 0;
        while ((i = text.IndexOf('@', i)) >= 0)
        {
            var open = text.IndexOf('{', i);
            var type = text[(i + 1)..open].Trim().ToLowerInvariant();
            var comma = text.IndexOf(',', open);
            var key = text[(open + 1)..comma].Trim();
            var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            i = comma + 1;
            while (true)
            {
                SkipSpace(text, ref i);
                if (text[i] == '}')
                {
                    i++;
                    break;
                }
                var equals = text.IndexOf('=', i);
                var name = text[i..equals].Trim();
                i = equals + 1;
                SkipSpace(text, ref i);
                var value = text[i] == '{' ? Braced(text, ref i) : Quoted(text, ref i);
                if (!fields.TryAdd(name, value))
                {
                    throw new FormatException($"field {name} twice in {key}");
                }
                SkipSpace(text, ref i);
                if (text[i] == ',')
                {
                    i++;
                }
            }
            entries.Add(new Entry(type, key, fields));
        }
        return entries;
    }

    /// <summary>The authors of a field: split on " and " at brace depth 0, outer braces of a name taken off.</summary>
    public static List<string> Names(string field)
    {
        var names = new List<string>();
        var depth = 0;
        var start = 0;
        for (var k = 0; k < field.Length; k++)
        {
            depth += field[k] == '{' ? 1 : field[k] == '}' ? -1 : 0;
            if (depth == 0 && string.CompareOrdinal(field, k, " and ", 0, 5) == 0)
            {
                names.Add(field[start..k]);
                start = k + 5;
            }
        }
        names.Add(field[start..]);
        return names.Select(n => n.Trim().TrimStart('{').TrimEnd('}')).ToList();
    }

    private static void SkipSpace(string text, ref int i)
    {
        while (char.IsWhiteSpace(text[i]))
        {
            i++;
        }
    }

    private static string Braced(string text, ref int i)
    {
        var value = new StringBuilder();
        var depth = 0;
        for (; ; i++)
        {
            var c = text[i];
            if (c == '\\' && i + 1 < text.Length && text[i + 1] is '{' or '}')
            {
                value.Append(text[++i]);
                continue;
            }
            if (c == '{' && depth++ == 0)
            {
                continue;
            }
            if (c == '}' && --depth == 0)
            {
                i++;
                return value.ToString();
            }
            if (c is '\n' or '\r')
            {
                throw new FormatException("a line break inside a field value");
            }
            value.Append(c);
        }
    }

    private static string Quoted(string text, ref int i)
    {
        var end = text.IndexOf('"', i + 1);
        var value = text[(i + 1)..end];
        i = end + 1;
        return value;
    }
}
