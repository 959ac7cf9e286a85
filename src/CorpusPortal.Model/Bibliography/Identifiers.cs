using System.Text.RegularExpressions;

namespace CorpusPortal.Model.Bibliography;

/// <summary>What a DOI, an ORCID iD and a publication's web address look like, and their plain forms.</summary>
public static partial class Identifiers
{
    /// <summary>A DOI (<c>10.</c> registrant <c>/</c> suffix) with no resolver in front and no spaces.</summary>
    public static bool IsDoi(string? doi) => doi is not null && Doi().IsMatch(doi);

    /// <summary>
    /// The DOI written as readers paste it (<c>https://doi.org/10.…</c>, <c>doi:10.…</c>) in its plain form, or the
    /// text unchanged when it is no DOI.
    /// </summary>
    public static string PlainDoi(string doi)
    {
        var text = doi.Trim();
        foreach (var prefix in (string[])["https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/", "doi:", "DOI:", "DOI "])
        {
            if (text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return text[prefix.Length..].Trim();
            }
        }
        return text;
    }

    /// <summary>An ORCID iD: four groups of four digits (the last may be X) whose check digit is right (ISO 7064 11,2).</summary>
    public static bool IsOrcid(string? orcid)
    {
        if (orcid is null || !Orcid().IsMatch(orcid))
        {
            return false;
        }
        var digits = orcid.Replace("-", "", StringComparison.Ordinal);
        var total = 0;
        foreach (var c in digits[..^1])
        {
            total = (total + (c - '0')) * 2;
        }
        var check = (12 - (total % 11)) % 11;
        return digits[^1] == (check == 10 ? 'X' : (char)('0' + check));
    }

    /// <summary>The ORCID iD written as readers paste it (<c>https://orcid.org/…</c>) in its plain form.</summary>
    public static string PlainOrcid(string orcid)
    {
        var text = orcid.Trim();
        foreach (var prefix in (string[])["https://orcid.org/", "http://orcid.org/", "orcid.org/"])
        {
            if (text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return text[prefix.Length..];
            }
        }
        return text;
    }

    /// <summary>An absolute http or https address.</summary>
    public static bool IsWebAddress(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        && !url.Any(char.IsWhiteSpace);

    [GeneratedRegex(@"\A10\.[0-9]{4,9}(?:\.[0-9]+)*/\S{1,300}\z", RegexOptions.None, Text.RegexBudget.Milliseconds)]
    private static partial Regex Doi();

    [GeneratedRegex(@"\A[0-9]{4}-[0-9]{4}-[0-9]{4}-[0-9]{3}[0-9X]\z", RegexOptions.None, Text.RegexBudget.Milliseconds)]
    private static partial Regex Orcid();
}
