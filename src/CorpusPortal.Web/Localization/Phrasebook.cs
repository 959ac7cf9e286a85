using System.Collections.Frozen;
using System.Collections;
using System.Resources;

namespace CorpusPortal.Web.Localization;

/// <summary>
/// The portal's words in one language, read once from that language's resource file (<c>Phrases.tr.resx</c>,
/// <c>Phrases.en.resx</c>, embedded in the assembly). The files are read directly rather than through culture
/// lookup: the portal runs with invariant globalization, where satellite assemblies are never chosen.
/// </summary>
public sealed class Phrasebook
{
    public static Phrasebook Turkish { get; } = Load("tr");

    public static Phrasebook English { get; } = Load("en");

    public static Phrasebook For(string language) => language == "en" ? English : Turkish;

    public string Language { get; }

    public FrozenDictionary<string, string> Phrases { get; }

    private Phrasebook(string language, FrozenDictionary<string, string> phrases)
    {
        Language = language;
        Phrases = phrases;
    }

    /// <summary>The resource name of a language's file inside the assembly.</summary>
    public static string ResourceName(string language) => $"CorpusPortal.Web.Localization.Phrases.{language}.resources";

    private static Phrasebook Load(string language)
    {
        var assembly = typeof(Phrasebook).Assembly;
        using var stream = assembly.GetManifestResourceStream(ResourceName(language))
            ?? throw new InvalidOperationException($"The assembly has no resource {ResourceName(language)}.");
        using var reader = new ResourceReader(stream);
        var phrases = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (DictionaryEntry entry in reader)
        {
            phrases[(string)entry.Key] = entry.Value as string ?? "";
        }
        return new Phrasebook(language, phrases.ToFrozenDictionary(StringComparer.Ordinal));
    }
}
