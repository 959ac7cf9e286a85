using System.Net;
using System.Text.Json.Nodes;

namespace CorpusPortal.Web.Tests.Operations;

/// <summary>/healthz tells a service manager whether the portal can serve: index current, corpus readable, data writable.</summary>
public sealed class HealthTests
{
    private static async Task<(HttpStatusCode Status, JsonNode Body, HttpResponseMessage Response)> Health(EditorSandbox sandbox)
    {
        var response = await sandbox.Anonymous().GetAsync("/healthz");
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!, response);
    }

    [Fact]
    public async Task A_portal_over_its_corpus_is_healthy_and_says_what_it_holds()
    {
        await using var sandbox = new EditorSandbox();

        var (status, body, response) = await Health(sandbox);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("healthy", (string?)body["status"]);
        Assert.All(["index", "corpus", "data"], check => Assert.True((bool)body["checks"]![check]!["healthy"]!));
        Assert.Contains("of 4 documents", (string?)body["checks"]!["index"]!["detail"], StringComparison.Ordinal);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task A_document_the_index_does_not_hold_makes_the_index_unhealthy()
    {
        await using var sandbox = new EditorSandbox();
        await sandbox.Anonymous().GetAsync("/healthz");
        // A file copied into the corpus behind the running portal's back.
        var seed = Directory.EnumerateFiles(sandbox.Corpus, "000_*.md").Single();
        var copy = File.ReadAllText(seed).Replace("id: 000_91073a8e0371b68b", "id: arkadan-eklenen", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(sandbox.Corpus, "arkadan-eklenen.md"), copy);

        var (status, body, _) = await Health(sandbox);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("unhealthy", (string?)body["status"]);
        Assert.False((bool)body["checks"]!["index"]!["healthy"]!);
        Assert.Contains("arkadan-eklenen", (string?)body["checks"]!["index"]!["detail"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_data_folder_that_cannot_be_written_makes_the_portal_unhealthy()
    {
        await using var sandbox = new EditorSandbox();
        await sandbox.Anonymous().GetAsync("/healthz");
        // The data folder gone and a file in its place: nothing can be written there.
        Directory.Delete(sandbox.Data, recursive: true);
        File.WriteAllText(sandbox.Data, "not a folder");

        var (status, body, _) = await Health(sandbox);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.False((bool)body["checks"]!["data"]!["healthy"]!);
        File.Delete(sandbox.Data);
    }
}
