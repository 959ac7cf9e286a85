using System.Text.RegularExpressions;
using CorpusPortal.Web.Localization;

namespace CorpusPortal.Web.Tests.Localization;

/// <summary>
/// The portal's words come from one resource file per language: both files have every key, with words, and the
/// same placeholders; every key the source names exists; no phrase lies unused.
/// </summary>
public sealed partial class PhrasebookTests
{
    private static readonly Phrasebook Turkish = Phrasebook.Turkish;
    private static readonly Phrasebook English = Phrasebook.English;

    [Fact]
    public void Both_languages_have_the_same_keys()
    {
        var onlyTurkish = Turkish.Phrases.Keys.Except(English.Phrases.Keys).Order(StringComparer.Ordinal).ToList();
        var onlyEnglish = English.Phrases.Keys.Except(Turkish.Phrases.Keys).Order(StringComparer.Ordinal).ToList();

        Assert.True(onlyTurkish.Count == 0, "No English words for: " + string.Join(", ", onlyTurkish));
        Assert.True(onlyEnglish.Count == 0, "No Turkish words for: " + string.Join(", ", onlyEnglish));
        Assert.True(Turkish.Phrases.Count > 300, $"only {Turkish.Phrases.Count} phrases were read");
    }

    [Fact]
    public void Every_phrase_has_words()
    {
        var empty = Turkish.Phrases.Concat(English.Phrases).Where(p => string.IsNullOrWhiteSpace(p.Value)).Select(p => p.Key).ToList();

        Assert.True(empty.Count == 0, "Empty phrases: " + string.Join(", ", empty));
    }

    [Fact]
    public void A_phrase_has_the_same_placeholders_in_both_languages()
    {
        var differing = Turkish.Phrases.Keys
            .Where(k => English.Phrases.ContainsKey(k))
            .Where(k => !Placeholders(Turkish.Phrases[k]).SetEquals(Placeholders(English.Phrases[k])))
            .ToList();

        Assert.True(differing.Count == 0, "Placeholders differ in: " + string.Join(", ", differing));
    }

    [Fact]
    public void A_phrase_for_a_count_has_a_form_for_one_and_for_other_counts()
    {
        var forms = Turkish.Phrases.Keys.Where(k => k.EndsWith(".one", StringComparison.Ordinal) || k.EndsWith(".other", StringComparison.Ordinal));

        Assert.All(forms, key =>
        {
            var stem = key[..key.LastIndexOf('.')];
            Assert.True(Turkish.Phrases.ContainsKey(stem + ".one") && Turkish.Phrases.ContainsKey(stem + ".other"), $"{stem} needs both .one and .other");
        });
    }

    [Fact]
    public void Every_key_the_portal_names_has_words()
    {
        var uses = PortalSource.Named(Areas);

        var missing = uses.Where(use => !Turkish.Phrases.ContainsKey(use.Key)
                && !(Turkish.Phrases.ContainsKey(use.Key + ".one") && Turkish.Phrases.ContainsKey(use.Key + ".other")))
            .Select(use => use.ToString()).Distinct(StringComparer.Ordinal).ToList();

        Assert.True(uses.Count > 300, $"only {uses.Count} keys found in the source");

        Assert.True(missing.Count == 0, "Keys without words: " + string.Join(", ", missing));
    }

    [Fact]
    public void Every_phrase_is_used_by_the_portal()
    {
        var named = PortalSource.Named(Areas).Select(u => u.Key).ToHashSet(StringComparer.Ordinal);

        var unused = Turkish.Phrases.Keys.Where(k => !named.Contains(k) && !named.Contains(Stem(k))).Order(StringComparer.Ordinal).ToList();

        Assert.True(unused.Count == 0, "Phrases no page uses: " + string.Join(", ", unused));
    }

    [Fact]
    public void The_same_key_says_the_same_thing_in_each_language()
    {
        Assert.Equal("Kütüphane", new UiText("tr").T("Common.Library"));
        Assert.Equal("Library", new UiText("en").T("Common.Library"));
    }

    [Fact]
    public void Values_fill_the_placeholders_and_numbers_are_written_invariantly()
    {
        Assert.Equal("Metin çok uzun (12,345 karakter; sınır 2,000,000).", new UiText("tr").T("Import.TheTextIsTooLong", 12345, 2_000_000));
    }

    [Theory]
    [InlineData(1, "1 warning")]
    [InlineData(0, "0 warnings")]
    [InlineData(7, "7 warnings")]
    public void A_count_chooses_the_form_for_one_or_for_other_counts(int count, string expected)
    {
        Assert.Equal(expected, new UiText("en").Plural("Workspace.Warnings", count));
    }

    [Fact]
    public void A_key_without_words_shows_itself_and_is_reported_as_not_found()
    {
        Microsoft.Extensions.Localization.IStringLocalizer localizer = new UiText("en");

        var phrase = localizer["Nowhere.NoSuchPhrase"];

        Assert.True(phrase.ResourceNotFound);
        Assert.Equal("Nowhere.NoSuchPhrase", phrase.Value);
        Assert.False(localizer["Common.Library"].ResourceNotFound);
    }

    /// <summary>The first parts of the keys ("Reading" of "Reading.View"): a literal in one of them is a key.</summary>
    private static IEnumerable<string> Areas => Turkish.Phrases.Keys.Select(k => k[..k.IndexOf('.', StringComparison.Ordinal)]).Distinct(StringComparer.Ordinal);

    private static string Stem(string key) =>
        key.EndsWith(".one", StringComparison.Ordinal) || key.EndsWith(".other", StringComparison.Ordinal) ? key[..key.LastIndexOf('.')] : key;

    private static HashSet<string> Placeholders(string phrase) =>
        Placeholder().Matches(phrase.Replace("{{", "", StringComparison.Ordinal)).Select(m => m.Value).ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"\{\d+(:[^}]*)?\}")]
    private static partial Regex Placeholder();
}
