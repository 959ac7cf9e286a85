namespace CorpusPortal.Web.Tests.Operations;

/// <summary>What the portal does when it starts, before its first request.</summary>
public sealed class StartTests
{
    [Fact]
    public async Task Temporary_files_of_saves_cut_off_by_a_crash_are_removed_at_start()
    {
        await using var sandbox = new EditorSandbox();
        var inCorpus = Path.Combine(sandbox.Corpus, $".000_91073a8e0371b68b.md.{Guid.NewGuid():N}.tmp");
        var inData = Path.Combine(sandbox.Data, $"editors.json.{Guid.NewGuid():N}.tmp");
        File.WriteAllText(inCorpus, "yarım kalmış");
        File.WriteAllText(inData, "{");

        await sandbox.Restart();
        var response = await sandbox.Anonymous().GetAsync("/documents");

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.False(File.Exists(inCorpus));
        Assert.False(File.Exists(inData));
        Assert.True(File.Exists(Path.Combine(sandbox.Corpus, "000_91073a8e0371b68b.md")));
    }
}
