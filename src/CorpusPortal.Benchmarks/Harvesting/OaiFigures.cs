extern alias portal;

using System.Diagnostics;
using System.Globalization;
using CorpusPortal.Benchmarks.Search;
using CorpusPortal.Corpus.Store;
using Microsoft.AspNetCore.DataProtection;
using portal::CorpusPortal.Web.Harvesting;

namespace CorpusPortal.Benchmarks.Harvesting;

/// <summary>
/// The OAI-PMH figures of docs/performance.md: a harvester's full ListRecords and ListIdentifiers over the synthetic
/// corpus (the search benchmark's papers, every 50th one deleted), page by page with resumption tokens, and a
/// selective list (one set, one year of datestamps). Goal (issue 13): every page within 200 ms, every record once.
/// </summary>
internal static class OaiFigures
{
    public static int Run(TextWriter output, int papers)
    {
        var seeds = new CorpusFolder(Path.Combine(RepositoryFiles.Root, "corpus")).ReadAll().ToList();
        var start = new DateTimeOffset(2026, 11, 30, 0, 0, 0, TimeSpan.Zero);
        var random = new Random(13);
        var documents = SyntheticCorpus.Papers(seeds, papers).ToList();
        var clock = Stopwatch.StartNew();
        var catalog = new OaiCatalog(documents.Select((d, i) => new OaiItem(d.Id, start.AddMinutes(-random.Next(5 * 365 * 24 * 60)), OaiSets.Of(d), i % 50 == 49 ? null : d)));
        var built = clock.Elapsed.TotalMilliseconds;
        var identity = new OaiIdentity("https://corpus.example.org/oai", "https://corpus.example.org", "CorpusPortal", "editors@example.org", "corpus.example.org");
        var tokens = new ResumptionTokens(new EphemeralDataProtectionProvider(), TimeProvider.System);
        output.WriteLine(Invariant($"OAI-PMH over {papers:N0} synthetic papers ({catalog.Items.Count(i => i.Deleted):N0} of them deleted), {Environment.ProcessorCount} cores, .NET {Environment.Version}"));
        output.WriteLine(Invariant($"  catalog built in {built:F1} ms (once per published version of the library)"));
        var ok = true;
        // The first harvest warms the JIT; the second is measured.
        foreach (var (name, query) in new[]
        {
            ("ListRecords, everything", "verb=ListRecords&metadataPrefix=oai_dc"),
            ("ListIdentifiers, everything", "verb=ListIdentifiers&metadataPrefix=oai_dc"),
            ("ListRecords, set language:en, one year", $"verb=ListRecords&metadataPrefix=oai_dc&set=language:en&from={start.AddYears(-1):yyyy-MM-dd}"),
        })
        {
            Harvest(catalog, tokens, identity, query);
            var (times, records, bytes) = Harvest(catalog, tokens, identity, query);
            var expected = catalog.Items.Count(i => Matches(i, query, start));
            times.Sort();
            output.WriteLine(Invariant($"  {name,-40} {times.Count,4} pages  {records,6:N0} records ({(records == expected ? "each once" : $"EXPECTED {expected}")})  page p50 {times[times.Count / 2],6:F2} ms  p99 {times[(int)(times.Count * 0.99)],6:F2} ms  max {times[^1],6:F2} ms  {bytes / times.Count / 1024.0,5:F0} KB a page"));
            ok &= records == expected && times[^1] <= 200;
        }
        return ok ? 0 : 1;
    }

    private static bool Matches(OaiItem item, string query, DateTimeOffset start) =>
        !query.Contains("set=", StringComparison.Ordinal) || (item.InSet("language:en") && item.Datestamp >= new DateTimeOffset(start.AddYears(-1).Date, TimeSpan.Zero));

    private static (List<double> Times, int Records, long Bytes) Harvest(OaiCatalog catalog, ResumptionTokens tokens, OaiIdentity identity, string query)
    {
        var times = new List<double>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        long bytes = 0;
        var verb = query.Split('&')[0];
        for (var arguments = query; arguments is not null;)
        {
            var clock = Stopwatch.StartNew();
            var answer = new OaiRepository(catalog, tokens, identity, DateTimeOffset.UtcNow).Answer(Arguments(arguments));
            times.Add(clock.Elapsed.TotalMilliseconds);
            bytes += answer.Length;
            var root = System.Xml.Linq.XDocument.Parse(System.Text.Encoding.UTF8.GetString(answer)).Root!;
            OaiAnswer.Headers(root).ForEach(id => seen.Add(id));
            var token = OaiAnswer.Token(root);
            arguments = token is null ? null : $"{verb}&resumptionToken={Uri.EscapeDataString(token)}";
        }
        return (times, seen.Count, bytes);
    }

    private static IEnumerable<KeyValuePair<string, IReadOnlyList<string>>> Arguments(string query) =>
        query.Split('&').Select(pair => pair.Split('=', 2))
            .Select(p => new KeyValuePair<string, IReadOnlyList<string>>(p[0], [Uri.UnescapeDataString(p[1])]));

    private static class OaiAnswer
    {
        private static readonly System.Xml.Linq.XNamespace Oai = "http://www.openarchives.org/OAI/2.0/";

        public static List<string> Headers(System.Xml.Linq.XElement root) =>
            root.Descendants(Oai + "header").Select(h => h.Element(Oai + "identifier")!.Value).ToList();

        public static string? Token(System.Xml.Linq.XElement root) =>
            root.Descendants(Oai + "resumptionToken").SingleOrDefault()?.Value is { Length: > 0 } token ? token : null;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
