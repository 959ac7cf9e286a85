using CorpusPortal.Model.Bibliography;

namespace CorpusPortal.Web.Citing;

/// <summary>Author names as citation styles shorten and join them.</summary>
public static class AuthorNames
{
    /// <summary>
    /// Given names as initials, as APA writes them: "Ayşe Nur" → "A. N.", "Jean-Paul" → "J.-P.". The letters stay
    /// as the name has them (İ stays İ); nothing is cased by the machine's culture.
    /// </summary>
    public static string Initials(string given)
    {
        var parts = given.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return string.Join(" ", parts.Select(part => string.Join("-", part.Split('-', StringSplitOptions.RemoveEmptyEntries).Select(Initial))));
    }

    private static string Initial(string name)
    {
        var text = name.TrimStart('(', '"', '“');
        // A letter with a combining mark after it is one letter.
        return text.Length == 0 ? "" : text[..System.Globalization.StringInfo.GetNextTextElementLength(text)] + ".";
    }

    /// <summary>APA's "Family, G." (the family name alone when there are no given names).</summary>
    public static string ApaName(Author author) => author.Given is null ? author.Family : $"{author.Family}, {Initials(author.Given)}";

    /// <summary>
    /// Names joined as a list: "A", "A and B", "A, B, and C" with <paramref name="serialComma"/> (English), "A, B ve C"
    /// without.
    /// </summary>
    public static string Joined(IReadOnlyList<string> names, string and, bool serialComma)
    {
        return names.Count switch
        {
            0 => "",
            1 => names[0],
            2 => $"{names[0]} {and} {names[1]}",
            _ => string.Join(", ", names.Take(names.Count - 1)) + (serialComma ? ", " : " ") + and + " " + names[^1],
        };
    }
}
