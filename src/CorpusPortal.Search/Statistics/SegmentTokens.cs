using CorpusPortal.Search.Engine;
using Lucene.Net.Index;

namespace CorpusPortal.Search.Statistics;

/// <summary>
/// One index segment's passages as columns of numbers: the word forms of each passage in reading order
/// (<see cref="Tokens"/>, passage <c>d</c> from <c>Start[d]</c> to <c>Start[d + 1]</c>), its document and its
/// language. Built once per segment from the passages it stores (segments never change; a publish adds a small
/// one), and from then on every count is a walk over integers.
/// </summary>
public sealed class SegmentTokens
{
    private SegmentTokens(int[] start, int[] tokens, int[] document, int[] language)
    {
        Start = start;
        Tokens = tokens;
        Document = document;
        Language = language;
    }

    public int[] Start { get; }

    public int[] Tokens { get; }

    /// <summary>Each passage's document, as a number of <see cref="TokenColumns.Documents"/>; -1 for what is no passage (a file record).</summary>
    public int[] Document { get; }

    /// <summary>Each passage's language, as a number of <see cref="TokenColumns.Languages"/>.</summary>
    public int[] Language { get; }

    public int Passages => Document.Length;

    private static readonly ISet<string> Fields = new HashSet<string>([PassageFields.Text, PassageFields.Document, PassageFields.Language, PassageFields.Record]);

    public static SegmentTokens Build(AtomicReader reader, TokenVocabulary vocabulary, Func<string, int> documentId, Func<string, int> languageId)
    {
        var count = reader.MaxDoc;
        var start = new int[count + 1];
        var document = new int[count];
        var language = new int[count];
        var tokens = new List<int>(count * 64);
        for (var doc = 0; doc < count; doc++)
        {
            start[doc] = tokens.Count;
            var stored = reader.Document(doc, Fields);
            if (stored.Get(PassageFields.Record) is not null || stored.Get(PassageFields.Text) is not { } text)
            {
                document[doc] = -1;
                continue;
            }
            var code = stored.Get(PassageFields.Language) ?? "und";
            var turkish = Analysis.TextAnalyzer.IsTurkish(code);
            document[doc] = documentId(stored.Get(PassageFields.Document) ?? "");
            language[doc] = languageId(code);
            foreach (var form in WordForms.Of(text, turkish))
            {
                tokens.Add(vocabulary.IdOf(form, turkish));
            }
        }
        start[count] = tokens.Count;
        return new SegmentTokens(start, [.. tokens], document, language);
    }
}
