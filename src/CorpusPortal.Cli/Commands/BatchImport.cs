using System.Text.Json;
using System.Text.Json.Nodes;
using CorpusPortal.Corpus;
using CorpusPortal.Corpus.Store;
using CorpusPortal.Model.Documents;
using CorpusPortal.Search.Index;
using Spectre.Console;

namespace CorpusPortal.Cli.Commands;

/// <summary>
/// <c>import DIR</c>: every file of a folder, read and imported in parallel on all cores, then published one by one
/// in the order of their names. A file the corpus already holds byte for byte is left as it is (importing a folder
/// again changes nothing); a file that cannot be imported is named with its reason and the others go on. Ends with
/// a table (or, with <c>--json</c>, a report) of what became of each file; the exit code is 2 when any was refused.
/// </summary>
internal static class BatchImport
{
    public sealed record Outcome(string File, string? Id, string Status, int Warnings, string? Message);

    public static int Run(CliConsole console, DirectoryInfo folder, CorpusFolder corpus, bool json, bool replace, string data)
    {
        var files = folder.EnumerateFiles().Where(f => !f.Name.StartsWith('.')).OrderBy(f => f.Name, StringComparer.Ordinal).ToList();
        if (files.Count == 0)
        {
            return console.Refuse($"{folder.FullName}: the folder has no files to import");
        }
        var archives = corpus.Archives;
        var loaded = new RawFileLoad.Loaded[files.Count];
        void LoadAll(Action? step) => Parallel.For(0, files.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            loaded[i] = RawFileLoad.Load(files[i], null, archives);
            step?.Invoke();
        });
        if (files.Count < 10 || Console.IsErrorRedirected || !ReferenceEquals(console.Out, Console.Out))
        {
            LoadAll(null);
        }
        else
        {
            AnsiConsole.Progress().Start(context =>
            {
                var task = context.AddTask($"importing {files.Count} files", maxValue: files.Count);
                LoadAll(() => task.Increment(1));
            });
        }
        var outcomes = new List<Outcome>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < files.Count; i++)
        {
            outcomes.Add(Publish(files[i], loaded[i], corpus, replace, ids));
        }
        if (outcomes.Any(o => o.Status is "imported" or "replaced") && Directory.Exists(Path.Combine(data, CorpusPortal.Search.Engine.PassageIndex.FolderName)))
        {
            using var index = CorpusIndex.OpenCurrent(corpus, data);
        }
        if (json)
        {
            console.Out.WriteLine(Report(outcomes));
        }
        else
        {
            Table(console.Out, outcomes);
        }
        return outcomes.Any(o => o.Status == "refused") ? CliConsole.BadInput : CliConsole.Ok;
    }

    private static Outcome Publish(FileInfo file, RawFileLoad.Loaded loaded, CorpusFolder corpus, bool replace, HashSet<string> ids)
    {
        if (loaded.Document is not { } document)
        {
            return new Outcome(file.Name, null, "refused", 0, loaded.Problem);
        }
        var id = document.Id;
        if (!ids.Add(id))
        {
            return new Outcome(file.Name, id, "refused", 0, $"{file.FullName}: another file of this folder has the id '{id}'; rename one of them");
        }
        // The document the corpus holds under this id, read once for both questions asked of it.
        var existing = corpus.Exists(id) ? corpus.Read(id).Metadata : null;
        var exists = existing is not null;
        if (existing is not null && Unchanged(corpus, existing, loaded.Bytes!))
        {
            return new Outcome(file.Name, id, "unchanged", document.Warnings.Count, null);
        }
        if (exists && !replace)
        {
            return new Outcome(file.Name, id, "refused", 0, $"document '{id}' already exists in {corpus.Root} with another text (use --replace to replace it)");
        }
        if (existing is not null && MetadataEdit.EditorialPartOf(existing) is { IsEmpty: false } earlier)
        {
            // A re-import keeps what an editor supplied before.
            document = document with { Metadata = earlier.ApplyTo(document.Metadata) };
        }
        try
        {
            var published = corpus.Publish(document, file.Name, loaded.Bytes);
            var kept = published.Metadata.SourceFile != file.Name ? $"corpus/raw/{file.Name} holds another text; this one is kept as corpus/raw/{published.Metadata.SourceFile}" : null;
            return new Outcome(file.Name, id, exists ? "replaced" : "imported", published.Warnings.Count, kept);
        }
        catch (CorpusFormatException e)
        {
            return new Outcome(file.Name, id, "refused", 0, e.Message);
        }
    }

    /// <summary>True when the document was imported from this very file: its raw source holds the same bytes.</summary>
    private static bool Unchanged(CorpusFolder corpus, DocumentMetadata existing, byte[] bytes) =>
        existing.SourceFile is { } source && Path.Combine(corpus.RawFolder, source) is var raw
        && File.Exists(raw) && File.ReadAllBytes(raw).AsSpan().SequenceEqual(bytes);

    private static void Table(TextWriter output, List<Outcome> outcomes)
    {
        var width = Math.Min(40, outcomes.Max(o => o.File.Length));
        output.WriteLine($"{"file".PadRight(width)}  {"status",-9}  {"warnings",8}  document");
        foreach (var o in outcomes)
        {
            output.WriteLine($"{Clip(o.File, width).PadRight(width)}  {o.Status,-9}  {(o.Status == "refused" ? "" : o.Warnings.ToString(System.Globalization.CultureInfo.InvariantCulture)),8}  {o.Id ?? ""}".TrimEnd());
            if (o.Message is not null)
            {
                output.WriteLine($"{"",-2}{(o.Status == "refused" ? "error" : "note")}: {o.Message}");
            }
        }
        var counts = outcomes.GroupBy(o => o.Status).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Count()} {g.Key}");
        output.WriteLine($"{outcomes.Count} files: {string.Join(", ", counts)}");
    }

    private static string Clip(string text, int width) => text.Length <= width ? text : text[..(width - 1)] + "…";

    private static string Report(List<Outcome> outcomes)
    {
        var report = new JsonObject
        {
            ["files"] = new JsonArray([.. outcomes.Select(o => (JsonNode)new JsonObject
            {
                ["file"] = o.File,
                ["id"] = o.Id,
                ["status"] = o.Status,
                ["warnings"] = o.Status == "refused" ? null : o.Warnings,
                ["message"] = o.Message,
            })]),
        };
        foreach (var status in new[] { "imported", "replaced", "unchanged", "refused" })
        {
            report[status] = outcomes.Count(o => o.Status == status);
        }
        return report.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }
}
