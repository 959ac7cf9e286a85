namespace CorpusPortal.Corpus.FrontMatter;

/// <summary>The YAML front matter of a canonical file, field for field (see docs/corpus-format.md).</summary>
internal sealed class FrontMatterData
{
    public string Id { get; set; } = "";

    public string Kind { get; set; } = "other";

    public string Language { get; set; } = "und";

    public string Source { get; set; } = "";

    public Dictionary<string, string> Title { get; set; } = [];

    /// <summary>
    /// Each author a mapping (family, given, affiliation, orcid); a plain name, as files before structured authors
    /// wrote them, is read as one (see <see cref="AuthorsData"/>).
    /// </summary>
    public List<object> Authors { get; set; } = [];

    /// <summary>Written by files before <see cref="Published"/>: the year of publication.</summary>
    public int? Year { get; set; }

    /// <summary>The journal, thesis institution or web site (see <see cref="Model.Bibliography.PublicationField"/>).</summary>
    public string? Container { get; set; }

    public string? Publisher { get; set; }

    public string? Volume { get; set; }

    public string? Issue { get; set; }

    public string? Pages { get; set; }

    public string? Doi { get; set; }

    public string? Url { get; set; }

    public string? Published { get; set; }

    public string? Received { get; set; }

    public string? Accepted { get; set; }

    public string? Licence { get; set; }

    /// <summary>A publication field's value by its name in the format.</summary>
    public string? Field(string name) => name switch
    {
        "container" => Container,
        "publisher" => Publisher,
        "volume" => Volume,
        "issue" => Issue,
        "pages" => Pages,
        "doi" => Doi,
        "url" => Url,
        "published" => Published,
        "received" => Received,
        "accepted" => Accepted,
        "licence" => Licence,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "not a publication field"),
    };

    public void SetField(string name, string? value)
    {
        switch (name)
        {
            case "container": Container = value; break;
            case "publisher": Publisher = value; break;
            case "volume": Volume = value; break;
            case "issue": Issue = value; break;
            case "pages": Pages = value; break;
            case "doi": Doi = value; break;
            case "url": Url = value; break;
            case "published": Published = value; break;
            case "received": Received = value; break;
            case "accepted": Accepted = value; break;
            case "licence": Licence = value; break;
            default: throw new ArgumentOutOfRangeException(nameof(name), name, "not a publication field");
        }
    }

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
