using System.Text;

namespace CorpusPortal.Web.Citing;

/// <summary>
/// A value as one line: RIS is one field per line and BibTeX tools split on line ends, so a line break (or any
/// control or separator character) in a title must not start a new field or record.
/// </summary>
public static class OneLine
{
    public static string Of(string value)
    {
        var line = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            var breaks = char.IsControl(c) || c is '\u2028' or '\u2029';
            if (!breaks)
            {
                line.Append(c);
            }
            else if (line.Length > 0 && line[^1] != ' ')
            {
                line.Append(' ');
            }
        }
        return line.ToString().Trim();
    }
}
