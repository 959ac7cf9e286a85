using System.Globalization;
using System.Net;
using System.Text;

namespace CorpusPortal.Web.Tests.Hardening;

/// <summary>
/// The fault-injection run of the portal: the canonical files issue 14 broke the portal with, and random mutations
/// of them (a line dropped, doubled or cut, a hostile fragment inserted), each previewed and published. Each answer is
/// either a publish or a 422 with a message; a refusal leaves corpus/ byte for byte as it was; and after all of them,
/// and after a restart, every page still answers.
/// </summary>
public sealed class FaultInjectionTests : SandboxTests
{
    private const int Mutations = 40;

    private static readonly string[] Fragments =
    [
        " {#fn-2}", "\n\n[^1]: Bir daha.\n", " &a", " *a", "\nlanguage: ~\n", "\n---\n", new string('>', 3000), "\u202E",
        "\ntitle: {tr: ~}\n", "[^999999999999]", " {#p-1}", "\nimport-notes: [{}]\n", "\nyear: -1\n", "\nauthors: [[[]]]\n",
    ];

    private static IEnumerable<string> Inputs()
    {
        var originals = BadPublishTests.BadFiles().Select(row => (string)row[1]).ToList();
        var random = new Random(14);
        foreach (var original in originals)
        {
            yield return original;
        }
        for (var i = 0; i < Mutations; i++)
        {
            yield return Mutate(originals[random.Next(originals.Count)], random);
        }
    }

    private static string Mutate(string text, Random random)
    {
        var lines = text.Split('\n').ToList();
        var at = random.Next(lines.Count);
        switch (random.Next(4))
        {
            case 0:
                lines.RemoveAt(at);
                break;
            case 1:
                lines.Insert(at, lines[at]);
                break;
            case 2:
                return text[..random.Next(text.Length)];
            default:
                lines[at] += Fragments[random.Next(Fragments.Length)];
                break;
        }
        return string.Join('\n', lines);
    }

    [Fact]
    public async Task Every_bad_or_mutated_file_is_published_or_refused_and_nothing_else()
    {
        var editor = await Sandbox.SignedIn();
        var failures = new List<string>();
        var index = 0;
        foreach (var text in Inputs())
        {
            index++;
            var before = Sandbox.CorpusFiles();
            var preview = await EditorSandbox.PostImport(editor, "kopru.md", text, "preview");
            var publish = await EditorSandbox.PostImport(editor, "kopru.md", text, "publish", replace: true,
                baseHash: Html.Parse(await preview.Content.ReadAsStringAsync()).QuerySelector("input[name='Posted.Base']")?.GetAttribute("value"));
            var page = Html.Parse(await publish.Content.ReadAsStringAsync());
            var problem = page.QuerySelector("#import-problem")?.TextContent;
            var published = publish.StatusCode == HttpStatusCode.OK && page.QuerySelector("#import-published") is not null;
            var refused = publish.StatusCode == HttpStatusCode.UnprocessableEntity && !string.IsNullOrWhiteSpace(problem);
            if (!(preview.StatusCode is HttpStatusCode.OK or HttpStatusCode.UnprocessableEntity) || !(published || refused))
            {
                failures.Add($"input {index}: preview {(int)preview.StatusCode}, publish {(int)publish.StatusCode}\n{Excerpt(text)}");
            }
            else if (refused && !before.SequenceEqual(Sandbox.CorpusFiles()))
            {
                failures.Add($"input {index}: refused ({problem}) but corpus/ changed\n{Excerpt(text)}");
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n\n", failures));

        await PortalAnswers();
        await Sandbox.Restart();
        await PortalAnswers();
    }

    private static string Excerpt(string text) => text.Length > 400 ? text[..400] + "…" : text;

    private async Task PortalAnswers()
    {
        var reader = Sandbox.Anonymous();
        var library = await reader.GetStringAsync("/documents");
        var documents = Html.Parse(library).QuerySelectorAll("a[href^='/documents/']").Select(a => a.GetAttribute("href")!).Distinct().ToList();
        var paths = new StringBuilder();
        foreach (var path in documents.Concat(["/", "/archive", "/works", "/search?q=metin", "/api/search?q=metin"]))
        {
            var response = await reader.GetAsync(path);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                paths.Append(CultureInfo.InvariantCulture, $"{path}: {(int)response.StatusCode}\n");
            }
        }
        Assert.True(paths.Length == 0, paths.ToString());
    }
}
