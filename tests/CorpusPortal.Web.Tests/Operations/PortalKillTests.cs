using CorpusPortal.Corpus.Markdown;
using CorpusPortal.Corpus.Store;
using CorpusPortal.Model.Testing;
using CorpusPortal.Search.Engine;
using CorpusPortal.Search.Index;
using CorpusPortal.Web.Editing;

namespace CorpusPortal.Web.Tests.Operations;

/// <summary>
/// The running portal killed in the middle of an editor's publish, at each moment of the save in turn (the old version
/// kept in the history, the canonical file's temporary written, the canonical file written, the index changed but not
/// committed: <see cref="KillPoints"/>): every corpus file and every kept version is whole, and after a restart the
/// index equals a rebuild. <c>CORPUS_KILL_ROUNDS</c> sets the rounds (default 2, eight kills; 25 for the hundred of
/// docs/performance.md).
/// </summary>
public sealed class PortalKillTests : IDisposable
{
    private const string News = "003_94344ba106347a29";
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "corpus-kill-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private static int Rounds => int.TryParse(Environment.GetEnvironmentVariable("CORPUS_KILL_ROUNDS"), out var rounds) && rounds > 0 ? rounds : 2;

    [Fact]
    public async Task Killing_the_portal_at_each_moment_of_a_publish_loses_nothing()
    {
        var corpus = new CorpusFolder(CorpusPortal.Tests.CorpusCopy.To(Path.Combine(_folder, "corpus")));
        var data = Path.Combine(_folder, "data");
        new CorpusPortal.Accounts.EditorAccounts(data).Add(EditorSandbox.Editor, EditorSandbox.Password, replace: false);
        var original = File.ReadAllText(corpus.PathOf(News));
        string[] versions = [original.Replace("Russia", "Rusya", StringComparison.Ordinal), original];
        var killed = new List<string>();

        for (var i = 0; i < Rounds * KillPoints.All.Count; i++)
        {
            var point = KillPoints.All[i % KillPoints.All.Count];
            using (var portal = await PortalProcess.Start(corpus.Root, data, point))
            {
                var client = await portal.SignedIn();
                // The publish stops at the point; the portal says so and is killed there.
                var publish = EditorSandbox.PostImport(client, News + ".md", versions[i % 2], "publish", News, replace: true,
                    baseHash: CorpusIndex.SourceHash(corpus, News));
                if (!await portal.Reached(point))
                {
                    var answer = publish.IsCompleted ? await (await publish).Content.ReadAsStringAsync() : "no answer";
                    Assert.Fail($"the publish did not reach {point}: {answer[..Math.Min(answer.Length, 2000)]}");
                }
                portal.Kill();
                killed.Add(point);
                await Assert.ThrowsAnyAsync<Exception>(() => publish);
            }

            foreach (var id in corpus.Ids())
            {
                corpus.Read(id); // throws on a half-written file
            }
            var history = new VersionHistory(data);
            foreach (var kept in history.List(News))
            {
                CanonicalReader.Read(history.Read(News, kept.Name)!, kept.Name);
            }
            using (var restarted = await PortalProcess.Start(corpus.Root, data))
            {
                restarted.Kill();
            }
            Assert.Equal(CorpusPortal.Tests.IndexRows.OfRebuild(corpus, _folder), CorpusPortal.Tests.IndexRows.OfData(data));
        }
        Assert.Equal(Rounds * KillPoints.All.Count, killed.Count);
        // Publishes killed after the old version was kept left it in the history (those killed while keeping it, none).
        Assert.True(new VersionHistory(data).List(News).Count >= Rounds, "the history kept no version");
    }
}
