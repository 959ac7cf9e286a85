using CorpusPortal.Search.Analysis;
using CorpusPortal.Search.Analysis.Components;
using static CorpusPortal.Search.Tests.Analysis.Components.TokenAssert;

namespace CorpusPortal.Search.Tests.Analysis.Components;

/// <summary>
/// The analysis chain as Lucene components: the same words as the project's <see cref="TextAnalyzer"/>, with offsets
/// in the original text and position increments that count dropped stop words.
/// </summary>
public sealed class CorpusAnalyzerTests
{
    private static readonly WordList Protected = new(["azerbaycan"]);

    private static CorpusAnalyzer Turkish(FieldForm form) => new("tr", form, Protected);

    private static CorpusAnalyzer English(FieldForm form) => new("en", form, Protected);

    [Fact]
    public void Turkish_exact_form_cuts_at_the_apostrophe_and_lowercases_the_Turkish_way() =>
        AnalyzesTo(Turkish(FieldForm.Exact), "IĞDIR’ın İstanbul’a", ["ığdır", "istanbul"], [0, 9], [8, 19], [1, 1]);

    [Fact]
    public void Stop_words_leave_a_gap_in_the_positions() =>
        AnalyzesTo(Turkish(FieldForm.Exact), "köprü ve demiryolu", ["köprü", "demiryolu"], [0, 9], [5, 18], [1, 2]);

    [Fact]
    public void Turkish_stem_form_stems_with_Snowball_but_keeps_protected_words() =>
        AnalyzesTo(Turkish(FieldForm.Stem), "Köprünün Azerbaycan’ın kitabı", ["köprü", "azerbaycan", "kitap"]);

    [Fact]
    public void Protected_words_and_numbers_are_marked_as_keywords()
    {
        var tokens = Tokens(Turkish(FieldForm.Stem), "Azerbaycan 05.01.1991 köprünün");

        Assert.Equal([true, true, false], tokens.Select(t => t.Keyword));
        Assert.Equal(["azerbaycan", "05.01.1991", "köprü"], tokens.Select(t => t.Term));
    }

    [Fact]
    public void Folded_form_drops_Turkish_letters_after_lowercasing() =>
        AnalyzesTo(Turkish(FieldForm.Folded), "Nahçıvan’ın IŞIK Şuşa", ["nahcivan", "isik", "susa"]);

    [Fact]
    public void The_dotted_capital_I_with_a_combining_dot_is_one_letter_i() =>
        AnalyzesTo(Turkish(FieldForm.Exact), "I\u0307stanbul", ["istanbul"], [0], [9]);

    [Fact]
    public void English_drops_possessives_and_stems_with_Porter2() =>
        AnalyzesTo(English(FieldForm.Stem), "Azerbaijan's relations with the Caucasus", ["azerbaijan", "relat", "caucasus"], [0, 13, 32], [12, 22, 40], [1, 1, 3]);

    [Fact]
    public void English_lowercases_I_as_i() =>
        AnalyzesTo(English(FieldForm.Exact), "ISTANBUL", ["istanbul"]);

    [Theory]
    [InlineData("tr", "Türkiye’nin Azerbaycan ile ilişkileri 1991’den sonra gelişti; Hasret Köprüsü (BCA. 30-18-1-2/669-133-4) açıldı.")]
    [InlineData("en", "The Eurasian Economic Union's members, Russia's policies and Azerbaijan's neutrality in 2015.")]
    public void Every_form_gives_the_words_the_projects_analyzer_gives(string language, string text)
    {
        var reference = new TextAnalyzer(Protected).Analyze(text, language);

        Assert.Equal(reference.Select(t => t.Exact), Tokens(new CorpusAnalyzer(language, FieldForm.Exact, Protected), text).Select(t => t.Term));
        Assert.Equal(reference.Select(t => t.Stem), Tokens(new CorpusAnalyzer(language, FieldForm.Stem, Protected), text).Select(t => t.Term));
        Assert.Equal(reference.Select(t => t.Folded), Tokens(new CorpusAnalyzer(language, FieldForm.Folded, Protected), text).Select(t => t.Term));
        Assert.Equal(reference.Select(t => (t.Start, t.End)), Tokens(new CorpusAnalyzer(language, FieldForm.Stem, Protected), text).Select(t => (t.Start, t.End)));
    }

    [Theory]
    [InlineData("turkish", "tr")]
    [InlineData("english", "en")]
    public void The_stem_form_reproduces_the_Snowball_vocabulary(string vocabulary, string language)
    {
        var pairs = ReferenceData.Vocabulary(vocabulary);
        var stops = language == "tr" ? WordList.TurkishStopWords : WordList.EnglishStopWords;
        var analyzer = new CorpusAnalyzer(language, FieldForm.Stem, WordList.Empty);

        var wrong = pairs.Where(p => !stops.Contains(p.Word) && char.IsLetter(p.Word[0]))
            .Select(p => (p.Word, p.Stem, Got: string.Join(' ', Tokens(analyzer, p.Word).Select(t => t.Term))))
            .Where(p => p.Got != p.Stem && !p.Word.Any(c => !char.IsLetter(c)))
            .ToList();

        Assert.True(wrong.Count == 0, $"{wrong.Count} of {pairs.Count} differ, e.g. " + string.Join(", ", wrong.Take(20).Select(w => $"{w.Word} → {w.Got} (expected {w.Stem})")));
    }
}
