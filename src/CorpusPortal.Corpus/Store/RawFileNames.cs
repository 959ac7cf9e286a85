using System.Globalization;

namespace CorpusPortal.Corpus.Store;

/// <summary>
/// The names raw sources are kept under in <c>corpus/raw/</c>: a plain file name, the same on every system and
/// shown as it reads. No folders (<c>/</c>, <c>\</c>), no hidden files, no control or direction-changing
/// characters (U+202E would show <c>txt.exe</c> as <c>exe.txt</c>), no spaces at either end, at most 120 characters.
/// </summary>
public static class RawFileNames
{
    public const int MaxLength = 120;

    /// <summary>What is wrong with <paramref name="name"/> as a raw file name, or null when it is a plain one.</summary>
    public static string? Problem(string name)
    {
        if (name.Length == 0)
        {
            return "the file name is empty";
        }
        if (name.Length > MaxLength)
        {
            return $"the file name is longer than {MaxLength} characters";
        }
        if (name != name.Trim())
        {
            return "the file name starts or ends with a space";
        }
        if (name.StartsWith('.'))
        {
            return "the file name starts with a dot (a hidden file)";
        }
        foreach (var c in name)
        {
            if (c is '/' or '\\' or ':' or '*' or '?' or '"' or '<' or '>' or '|')
            {
                return $"the file name contains '{c}'";
            }
            var category = char.GetUnicodeCategory(c);
            if (category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator
                or UnicodeCategory.ParagraphSeparator or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned)
            {
                return $"the file name contains the invisible character U+{(int)c:X4}";
            }
        }
        return null;
    }
}
