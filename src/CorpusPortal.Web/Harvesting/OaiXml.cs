using System.Text;
using System.Xml;

namespace CorpusPortal.Web.Harvesting;

/// <summary>The namespaces of OAI-PMH responses, and text made safe for XML.</summary>
public static class OaiXml
{
    public const string Namespace = "http://www.openarchives.org/OAI/2.0/";

    public const string Schema = "http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd";

    public const string Instance = "http://www.w3.org/2001/XMLSchema-instance";

    public const string IdentifierNamespace = "http://www.openarchives.org/OAI/2.0/oai-identifier";

    public const string IdentifierSchema = "http://www.openarchives.org/OAI/2.0/oai-identifier.xsd";

    /// <summary>
    /// The text without the characters XML 1.0 cannot carry (control characters, lone surrogates). Canonical files
    /// do not hold them; a harvester gets a well-formed answer even if one slipped in.
    /// </summary>
    public static string Clean(string text)
    {
        var bad = false;
        for (var i = 0; i < text.Length && !bad; i++)
        {
            bad = !XmlConvert.IsXmlChar(text[i]) && !(i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]));
            i += !bad && char.IsHighSurrogate(text[i]) ? 1 : 0;
        }
        if (!bad)
        {
            return text;
        }
        var clean = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (XmlConvert.IsXmlChar(text[i]))
            {
                clean.Append(text[i]);
            }
            else if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                clean.Append(text, i, 2);
                i++;
            }
        }
        return clean.ToString();
    }
}
