using System.Net;
using CorpusPortal.Corpus.Store;
using CorpusPortal.Search.Index;

namespace CorpusPortal.Web.Tests.Hardening;

/// <summary>
/// `corpus import` and `corpus index` run beside a running portal (an editor on the command line): the portal's next
/// search still answers, and a document they added is found and readable without a restart (issue 14).
/// </summary>
public sealed class IndexFromOutsideTests : SandboxTests
{
    private const string Added = "---\nid: disaridan\nkind: other\nlanguage: tr\nsource: ''\ntitle: {tr: Dışarıdan eklenen}\nauthors: []\n---\n\nNahçıvan elektrik hattı dışarıdan eklenen belgede anlatılır.\n";

    [Fact]
    public async Task A_rebuild_from_the_command_line_is_picked_up_by_the_running_portal()
    {
        var reader = Sandbox.Anonymous();
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/api/search?q=köprü")).StatusCode);

        File.WriteAllText(Path.Combine(Sandbox.Corpus, "disaridan.md"), Added);
        using (CorpusIndex.OpenCurrent(new CorpusFolder(Sandbox.Corpus), Sandbox.Data, forceRebuild: true))
        {
        }
        // Searches look for another process's commit once per interval (the portal's own background work may have
        // looked a moment ago); a command run beside the portal takes far longer than that to exit.
        await Task.Delay(CorpusPortal.Search.Engine.PassageIndex.RefreshInterval * 3);

        var search = await reader.GetAsync("/api/search?q=köprü");
        Assert.True(search.StatusCode == HttpStatusCode.OK, await search.Content.ReadAsStringAsync());
        var found = await reader.GetStringAsync("/api/search?q=dışarıdan");
        Assert.Contains("disaridan", found, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/documents/disaridan")).StatusCode);
    }
}
