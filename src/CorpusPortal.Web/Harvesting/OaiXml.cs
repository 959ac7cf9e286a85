namespace CorpusPortal.Web.Harvesting;

/// <summary>The namespaces of OAI-PMH responses, and text made safe for XML.</summary>
public static class OaiXml
{
    public const string Namespace = "http://www.openarchives.org/OAI/2.0/";

    public const string Schema = "http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd";

    public const string Instance = "http://www.w3.org/2001/XMLSchema-instance";

    public const string IdentifierNamespace = "http://www.openarchives.org/OAI/2.0/oai-identifier";

    public const string IdentifierSchema = "http://www.openarchives.org/OAI/2.0/oai-identifier.xsd";

    /// <summary>The text without the characters XML 1.0 cannot carry (see <see cref="CorpusPortal.Text.XmlChars.Clean"/>).</summary>
    public static string Clean(string text) => CorpusPortal.Text.XmlChars.Clean(text);
}
