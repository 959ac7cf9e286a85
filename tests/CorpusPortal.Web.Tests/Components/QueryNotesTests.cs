using System.Text.RegularExpressions;
using CorpusPortal.Search.Query;
using CorpusPortal.Web.Components.Search;
using CorpusPortal.Web.Localization;

namespace CorpusPortal.Web.Tests.Components;

/// <summary>Every message the query reader and the engine can give is said in Turkish and in English on the search page.</summary>
public sealed partial class QueryNotesTests
{
    /// <summary>The codes the search library gives, read from its source, so a new one without words here fails.</summary>
    public static TheoryData<string> Codes()
    {
        var source = Path.Combine(PortalFactory.RepositoryRoot, "src", "CorpusPortal.Search");
        var codes = Directory.EnumerateFiles(source, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => NoteCode().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        Assert.True(codes.Count >= 20, $"only {codes.Count} codes found in {source}");
        return new TheoryData<string>(codes);
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Each_code_has_words_in_both_languages(string code)
    {
        var note = new QueryNote(code, "(untranslated)", ["köprü", "9"]);

        var turkish = QueryNotes.Say(new UiText("tr"), note);
        var english = QueryNotes.Say(new UiText("en"), note);

        Assert.NotEqual("(untranslated)", turkish);
        Assert.NotEqual(turkish, english);
    }

    [Fact]
    public void A_word_missing_from_the_corpus_is_named_in_Turkish_on_a_Turkish_page()
    {
        var note = QueryNote.Of("not-in-corpus", "'zeplin' is not in the corpus in any form; the passages are ranked by the other words", "zeplin");

        Assert.Equal("“zeplin” derlemde hiçbir biçimiyle yok; pasajlar öteki sözcüklere göre sıralandı.", QueryNotes.Say(new UiText("tr"), note));
    }

    [GeneratedRegex("QueryNote\\.Of\\(\"([a-z-]+)\"")]
    private static partial Regex NoteCode();
}
