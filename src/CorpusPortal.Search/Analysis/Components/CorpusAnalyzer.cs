using Lucene.Net.Analysis;

namespace CorpusPortal.Search.Analysis.Components;

/// <summary>What a field holds of each word: as written (lowercased), its stem, or its folded (accentless) form.</summary>
public enum FieldForm
{
    Exact,
    Stem,
    Folded,
}

/// <summary>
/// The analysis of one language and one field form as a Lucene <see cref="Analyzer"/>, so indexing, query parsing,
/// highlighting and MoreLikeThis all see the same words:
/// tokenizer → apostrophes → lowercase → stop words, then for <see cref="FieldForm.Stem"/> protected words →
/// stemmer, or for <see cref="FieldForm.Folded"/> folding. Turkish and Azerbaijani take the Turkish chain, any
/// other language the English one (<see cref="TextAnalyzer.IsTurkish"/>).
/// </summary>
public sealed class CorpusAnalyzer(string language, FieldForm form, WordList protectedWords) : Analyzer
{
    public string Language { get; } = language;

    public FieldForm Form { get; } = form;

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var turkish = TextAnalyzer.IsTurkish(Language);
        var tokenizer = new CorpusTokenizer(reader);
        TokenStream stream = new ApostropheFilter(tokenizer, turkish);
        stream = new LowercaseFilter(stream, turkish);
        stream = new StopWordFilter(stream, turkish ? WordList.TurkishStopWords : WordList.EnglishStopWords);
        stream = Form switch
        {
            FieldForm.Stem => new StemFilter(new ProtectedWordFilter(stream, protectedWords), turkish),
            FieldForm.Folded => new FoldFilter(stream),
            _ => stream,
        };
        return new TokenStreamComponents(tokenizer, stream);
    }
}
