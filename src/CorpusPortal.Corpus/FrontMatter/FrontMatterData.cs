namespace CorpusPortal.Corpus.FrontMatter;

/// <summary>The YAML front matter of a canonical file, field for field (see docs/corpus-format.md).</summary>
internal sealed class FrontMatterData
{
    public string Id { get; set; } = "";

    public string Kind { get; set; } = "other";

    public string Language { get; set; } = "und";

    public string Source { get; set; } = "";

    public Dictionary<string, string> Title { get; set; } = [];

    public List<string> Authors { get; set; } = [];

    public int? Year { get; set; }

    public Dictionary<string, KeywordsData> Keywords { get; set; } = [];

    /// <summary>Fields an editor supplied rather than the importer finding them in the source.</summary>
    public List<string> Editorial { get; set; } = [];

    /// <summary>Where the titles were found in the raw file, keyed by language.</summary>
    public Dictionary<string, string> TitleSource { get; set; } = [];

    /// <summary>What the importer did on its own that an editor may want to see.</summary>
    public List<NoteData> ImportNotes { get; set; } = [];

    /// <summary>Sentence alignments an editor corrected; absent when there are none.</summary>
    public List<AlignmentData>? Alignment { get; set; }
}

internal sealed class AlignmentData
{
    /// <summary>The anchor of the original's section.</summary>
    public string Left { get; set; } = "";

    /// <summary>The anchor of the translation's section.</summary>
    public string Right { get; set; } = "";

    /// <summary>The pairs in reading order, each written as <see cref="Alignment.AlignmentText"/> spells it.</summary>
    public List<string> Pairs { get; set; } = [];
}

internal sealed class KeywordsData
{
    public string Label { get; set; } = "";

    public List<string> Terms { get; set; } = [];

    public string? Source { get; set; }
}

internal sealed class NoteData
{
    public string Code { get; set; } = "";

    public string Severity { get; set; } = "info";

    public string Message { get; set; } = "";

    public int? Line { get; set; }
}
