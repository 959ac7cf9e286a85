using System.Text;
using System.Xml;

namespace CorpusPortal.Text;

/// <summary>Text made safe for XML 1.0, and anchors made safe as <c>xml:id</c> values.</summary>
public static class XmlChars
{
    /// <summary>
    /// The text without the characters XML 1.0 cannot carry (control characters, lone surrogates). Canonical files
    /// do not hold them; an export stays well-formed even if one slipped in.
    /// </summary>
    public static string Clean(string text)
    {
        var clean = true;
        for (var i = 0; i < text.Length && clean; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                i++;
                continue;
            }
            clean = XmlConvert.IsXmlChar(text[i]);
        }
        if (clean)
        {
            return text;
        }
        var kept = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                kept.Append(text, i, 2);
                i++;
            }
            else if (XmlConvert.IsXmlChar(text[i]))
            {
                kept.Append(text[i]);
            }
        }
        return kept.ToString();
    }

    /// <summary>An anchor as an <c>xml:id</c>: itself when it is an XML name without a colon, else with <c>_</c> in front.</summary>
    public static string Id(string anchor) => IsName(anchor) ? anchor : "_" + anchor;

    /// <summary>The anchor an <c>xml:id</c> written by <see cref="Id"/> stands for.</summary>
    public static string Anchor(string id) => id.StartsWith('_') && !IsName(id[1..]) ? id[1..] : id;

    private static bool IsName(string text) =>
        text.Length > 0 && (char.IsAsciiLetter(text[0]) || text[0] == '_') && text.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');
}
