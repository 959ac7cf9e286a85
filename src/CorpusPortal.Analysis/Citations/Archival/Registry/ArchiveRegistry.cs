using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using CorpusPortal.Text;

namespace CorpusPortal.Analysis.Citations.Archival.Registry;

/// <summary>
/// The archives whose citations are recognised, read from the registry file (<c>archives.yaml</c> in the corpus
/// folder; <see cref="Default"/> is the copy built into the importer for a corpus without one), each compiled once
/// into one expression that finds its references after its abbreviation, after its full name and abbreviation in
/// parentheses, after <c>[ABBR]</c> in a table's source note, or alone for an archive cited without its name.
/// </summary>
public sealed class ArchiveRegistry
{
    public const string FileName = "archives.yaml";

    private static readonly Lazy<ArchiveRegistry> BuiltIn = new(() =>
    {
        using var stream = typeof(ArchiveRegistry).Assembly.GetManifestResourceStream("CorpusPortal.Analysis.archives.yaml")
            ?? throw new InvalidOperationException("The importer was built without its archive registry.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return Parse(reader.ReadToEnd(), FileName + " (built in)");
    });

    /// <summary>The registry the importer was built with (the repository's <c>corpus/archives.yaml</c>).</summary>
    public static ArchiveRegistry Default => BuiltIn.Value;

    private readonly Dictionary<string, ArchiveDefinition> _byAbbreviation;

    private ArchiveRegistry(IReadOnlyList<ArchiveDefinition> archives, string hash)
    {
        Archives = archives;
        Hash = hash;
        _byAbbreviation = archives.ToDictionary(a => a.Abbreviation, StringComparer.Ordinal);
        Compiled = [.. archives.Select(Compile)];
        Abbreviations = archives.SelectMany(a => a.Abbreviations).ToHashSet(StringComparer.Ordinal);
    }

    public IReadOnlyList<ArchiveDefinition> Archives { get; }

    /// <summary>A short hash of the registry's text: what an index built with it is stamped with.</summary>
    public string Hash { get; }

    /// <summary>Every abbreviation and other spelling the registry knows.</summary>
    public IReadOnlySet<string> Abbreviations { get; }

    internal IReadOnlyList<CompiledArchive> Compiled { get; }

    /// <summary>The archive a citation is filed under, by its abbreviation.</summary>
    public ArchiveDefinition? Find(string abbreviation) => _byAbbreviation.GetValueOrDefault(abbreviation);

    /// <summary>The archival references in a short text of its own (a search query), each with its place in it.</summary>
    public IReadOnlyList<CorpusPortal.Model.Citations.ArchivalCitation> FindIn(string text) =>
        ArchivalCitationScanner.Scan(new TextSource("text", text, CorpusPortal.Model.Sources.SourceMap.Single(new(1, 1), text.Length)), this);

    /// <summary>Reads a registry; <see cref="ArchiveRegistryException"/> names the file and line of what cannot be used.</summary>
    public static ArchiveRegistry Parse(string text, string file)
    {
        var archives = ArchiveRegistryReader.Read(text, file);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];
        return new ArchiveRegistry(archives, hash);
    }

    private static CompiledArchive Compile(ArchiveDefinition archive)
    {
        var spellings = new Dictionary<string, string>(StringComparer.Ordinal);
        var forms = archive.References.Select(r => "(?:" + ReferenceTemplate.Compile(r, spellings).Pattern + ")");
        var names = string.Join('|', archive.Abbreviations.OrderByDescending(a => a.Length).Select(a => Regex.Escape(a).Replace(@"\ ", @"\s+", StringComparison.Ordinal)));
        var openers = new List<string>
        {
            $@"\((?<long>{names})\)\.?",
            $@"\[(?<table>{names})\](?:\s*\((?<y>\d{{4}}),\s*(?<d>\d{{1,2}})\s+(?<m>\p{{L}}+)\))?",
            $@"(?<![\p{{L}}\d])(?<plain>{names})(?![\p{{L}}\d])\.?(?:\s*[,:])?",
        };
        if (archive.Bare)
        {
            openers.Add(@"(?<![\p{L}\d/.\-])");
        }
        var pattern = $@"(?:{string.Join('|', openers)})\s*(?:{string.Join('|', forms)})(?:\s*[,;]?\s*(?<date>\d{{1,2}}\.\d{{1,2}}\.\d{{4}})(?!\d))?";
        // Compiled: built once per registry, run over every paragraph and footnote of every paper read.
        var regex = new Regex(pattern, RegexOptions.CultureInvariant | RegexOptions.Compiled, TimeSpan.FromMilliseconds(RegexBudget.Milliseconds));
        var needles = archive.Bare
            ? archive.References.Select(ReferenceTemplate.LeadingWords).Aggregate((IReadOnlyList<string>?)[], (all, words) => all is null || words is null ? null : [.. all, .. words])
            : [.. archive.Abbreviations];
        return new CompiledArchive(archive, regex, spellings, needles);
    }
}

/// <summary>An archive with its expression and the spellings its listed parts file under another value.</summary>
/// <param name="Needles">Words one of which every citation of the archive holds (its abbreviations; for an archive cited bare, the words its shapes start with), or null when there are none to check first.</param>
internal sealed record CompiledArchive(ArchiveDefinition Definition, Regex Pattern, IReadOnlyDictionary<string, string> Spellings, IReadOnlyList<string>? Needles)
{
    /// <summary>
    /// False when the text cannot hold one of its citations: a quick look before the expression runs, for one of the
    /// needles standing as a word of its own (<c>BA</c> in <c>BAKÜ</c> does not count).
    /// </summary>
    public bool MayOccurIn(string text) => Needles is null || Needles.Any(n => StandsIn(text, n));

    private static bool StandsIn(string text, string word)
    {
        for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            var end = at + word.Length;
            if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end]) || !char.IsLetterOrDigit(word[^1])))
            {
                return true;
            }
        }
        return false;
    }
}
