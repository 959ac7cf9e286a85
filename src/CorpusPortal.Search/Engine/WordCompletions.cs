using CorpusPortal.Search.Analysis;
using CorpusPortal.Search.Analysis.Components;
using CorpusPortal.Search.Glossary;
using CorpusPortal.Text;
using Lucene.Net.Index;

namespace CorpusPortal.Search.Engine;

/// <summary>
/// Ways to finish the word a reader is typing: the glossary's names that begin with it, as the glossary writes them
/// (<c>kara</c> → Karabağ, Karabakh), then the words of the index that begin with it, those in most passages first.
/// The typed letters are lowercased the Turkish way for Turkish words (<c>İst</c> → <c>ist</c>, <c>Işı</c> → <c>ışı</c>)
/// and the English way for English words.
/// </summary>
public static class WordCompletions
{
    /// <summary>Fewer letters than this are not completed (two letters begin thousands of words).</summary>
    public const int MinLetters = 2;

    private const int MaxNames = 3;

    public static IReadOnlyList<string> For(IndexReader reader, TextAnalyzer analyzer, TermGlossary glossary, string typed, int max)
    {
        if (typed.Length < MinLetters || !typed.All(char.IsLetter))
        {
            return [];
        }
        var turkish = TurkishCasing.ToLowerTurkish(typed);
        var english = TurkishCasing.ToLowerEnglish(typed);
        var names = glossary.Expressions
            .Where(name => TextAnalyzer.IsTurkish(name.Language)
                ? TurkishCasing.ToLowerTurkish(name.Text).StartsWith(turkish, StringComparison.Ordinal)
                : TurkishCasing.ToLowerEnglish(name.Text).StartsWith(english, StringComparison.Ordinal))
            .Select(name => name.Text)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .Take(MaxNames)
            .ToList();
        var vocabulary = new Vocabulary(reader, analyzer);
        var words = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (language, prefix) in new[] { ("tr", turkish), ("en", english) })
        {
            foreach (var (term, passages) in vocabulary.CommonestBeginningWith(PassageFields.TextField(language, FieldForm.Exact), prefix, max))
            {
                words[term.Text] = Math.Max(words.GetValueOrDefault(term.Text), passages);
            }
        }
        var named = names.Select(TurkishCasing.ToLowerTurkish).ToHashSet(StringComparer.Ordinal);
        return names
            .Concat(words.Where(w => !named.Contains(w.Key)).OrderByDescending(w => w.Value).ThenBy(w => w.Key, StringComparer.Ordinal).Select(w => w.Key))
            .Take(max)
            .ToList();
    }
}
