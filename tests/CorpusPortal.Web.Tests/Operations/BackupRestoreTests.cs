using System.Net;
using System.Text.Json.Nodes;
using CorpusPortal.Corpus.Store;
using CorpusPortal.Search.Engine;
using CorpusPortal.Search.Index;
using CorpusPortal.Web.Editing;

namespace CorpusPortal.Web.Tests.Operations;

/// <summary>
/// <c>corpus backup</c> while the portal runs and an editor publishes, then <c>corpus restore</c> into new folders and
/// a portal started on them: it searches, the editor signs in, the history is there, and the index agrees with the
/// restored corpus as a rebuild would.
/// </summary>
public sealed class BackupRestoreTests : IDisposable
{
    private const string News = "003_94344ba106347a29";
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "corpus-restore-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public async Task A_backup_taken_during_publishes_restores_to_a_portal_that_searches_and_signs_in()
    {
        var corpus = new CorpusFolder(CorpusPortal.Tests.CorpusCopy.To(Path.Combine(_folder, "corpus")));
        var data = Path.Combine(_folder, "data");
        new CorpusPortal.Accounts.EditorAccounts(data).Add(EditorSandbox.Editor, EditorSandbox.Password, replace: false);
        var original = File.ReadAllText(corpus.PathOf(News));
        string[] versions = [original.Replace("Russia", "Rusya", StringComparison.Ordinal), original];
        var archive = Path.Combine(_folder, "backup.tar.gz");
        var published = 0;

        using (var portal = await PortalProcess.Start(corpus.Root, data))
        {
            var editor = await portal.SignedIn();
            using var stop = new CancellationTokenSource();
            var publishing = Task.Run(async () =>
            {
                for (var i = 0; !stop.IsCancellationRequested; i++)
                {
                    var answer = await EditorSandbox.PostImport(editor, News + ".md", versions[i % 2], "publish", News, replace: true,
                        baseHash: CorpusIndex.SourceHash(corpus, News));
                    var page = Html.Parse(await answer.Content.ReadAsStringAsync());
                    Assert.True(answer.StatusCode == HttpStatusCode.OK && page.QuerySelector("#import-published") is not null,
                        page.QuerySelector("#import-problem")?.TextContent ?? $"HTTP {(int)answer.StatusCode}");
                    published++;
                }
            });
            try
            {
                // Backups taken while the publishes run, the last one kept.
                for (var round = 0; round < 3; round++)
                {
                    var backup = await CommandLine.Run("backup", "--corpus", corpus.Root, "--data", data, "--to", archive);
                    Assert.True(backup.Code == 0, backup.Error);
                }
            }
            finally
            {
                stop.Cancel();
                await publishing;
            }
        }
        Assert.True(published > 0, "no publish ran during the backups");

        var restored = Path.Combine(_folder, "restored");
        var restore = await CommandLine.Run("restore", archive, "--corpus", Path.Combine(restored, "corpus"), "--data", Path.Combine(restored, "data"));
        Assert.True(restore.Code == 0, restore.Error);
        var copy = new CorpusFolder(Path.Combine(restored, "corpus"));
        Assert.Contains(File.ReadAllText(copy.PathOf(News)), versions);
        Assert.NotEmpty(new VersionHistory(Path.Combine(restored, "data")).List(News));
        Assert.Equal(CorpusPortal.Tests.IndexRows.OfRebuild(copy, _folder), CorpusPortal.Tests.IndexRows.OfData(Path.Combine(restored, "data")));

        using var again = await PortalProcess.Start(copy.Root, Path.Combine(restored, "data"));
        using var reader = again.Client();
        var hits = JsonNode.Parse(await reader.GetStringAsync("/api/search?q=k%C3%B6pr%C3%BC"))!["hits"]!.AsArray();
        Assert.NotEmpty(hits);
        Assert.All(hits, hit => Assert.False(string.IsNullOrWhiteSpace(hit!["title"]?.GetValue<string>())));
        var signedIn = await again.SignedIn();
        Assert.Equal(HttpStatusCode.OK, (await signedIn.GetAsync("/editor")).StatusCode);
    }
}
