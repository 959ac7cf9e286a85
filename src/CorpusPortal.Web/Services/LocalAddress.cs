namespace CorpusPortal.Web.Services;

/// <summary>
/// Return addresses taken from a request (after switching the language, after signing in): only a path of this site
/// is followed. Anything else — another host (<c>//x</c>, <c>/\x</c>), a scheme, a control character that a browser or
/// a header would read differently (tab, CR, LF) — is replaced by the fallback. Letters beyond ASCII (a search for
/// <c>köprü</c> typed into the address) are percent-encoded: a Location header takes ASCII only.
/// </summary>
public static class LocalAddress
{
    public static string OrFallback(string? address, string fallback, string? requiredPrefix = null)
    {
        if (address is not { Length: > 0 } || address[0] != '/' || address.Length > 2000
            || address.StartsWith("//", StringComparison.Ordinal) || address.StartsWith("/\\", StringComparison.Ordinal)
            || address.Any(c => char.IsControl(c) || c == '\\'))
        {
            return fallback;
        }
        return requiredPrefix is null || address.StartsWith(requiredPrefix, StringComparison.Ordinal) ? Ascii(address) : fallback;
    }

    private static string Ascii(string address)
    {
        if (System.Text.Ascii.IsValid(address))
        {
            return address;
        }
        var escaped = new System.Text.StringBuilder(address.Length + 16);
        foreach (var rune in address.EnumerateRunes())
        {
            escaped.Append(rune.IsAscii ? rune.ToString() : Uri.EscapeDataString(rune.ToString()));
        }
        return escaped.ToString();
    }
}
