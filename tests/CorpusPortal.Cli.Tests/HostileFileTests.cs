using System.Diagnostics;

namespace CorpusPortal.Cli.Tests;

/// <summary>
/// Files that are not plain files, or names that are not plain names, are refused with one line and exit code 2,
/// never a hang, an out-of-memory crash or a stack trace (issue 14).
/// </summary>
public sealed class HostileFileTests : IDisposable
{
    private readonly CliSandbox _sandbox = new();

    public void Dispose() => _sandbox.Dispose();

    private (int Code, string Out, string Error) Import(string path) => CliSandbox.Run("import", path, "--corpus", _sandbox.Corpus);

    private static void NoStackTrace(string error) => Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);

    [Fact]
    public void A_device_that_never_ends_is_refused()
    {
        var (code, _, error) = Import("/dev/zero");

        Assert.Equal(2, code);
        Assert.Contains("not a regular file", error, StringComparison.Ordinal);
        NoStackTrace(error);
    }

    [Fact]
    public async Task A_named_pipe_is_refused_without_waiting_for_a_writer()
    {
        var fifo = Path.Combine(_sandbox.Folder, "boru.txt");
        Directory.CreateDirectory(_sandbox.Folder);
        using (var mkfifo = Process.Start("mkfifo", fifo))
        {
            await mkfifo.WaitForExitAsync();
        }

        var run = Task.Run(() => Import(fifo));
        Assert.True(await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(30))) == run, "the import waited on the pipe");

        var (code, _, error) = await run;
        Assert.Equal(2, code);
        Assert.Contains("not a regular file", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_symbolic_link_is_refused()
    {
        var target = _sandbox.Write("gercek.txt", "Giriş\n\nMetin.\n"u8.ToArray());
        var link = Path.Combine(_sandbox.Folder, "baglanti.txt");
        File.CreateSymbolicLink(link, target);

        var (code, _, error) = Import(link);

        Assert.Equal(2, code);
        Assert.Contains("symbolic link", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_sandbox.Corpus) && Directory.EnumerateFiles(_sandbox.Corpus, "*.md").Any());
    }

    [Theory]
    [InlineData("geri\\bolu.txt")]
    [InlineData("satir\rbasi.txt")]
    [InlineData("ters\u202Etxt.exe")]
    public void A_file_name_with_invisible_or_path_characters_is_refused(string name)
    {
        var path = _sandbox.Write(name, "Giriş\n\nMetin.\n"u8.ToArray());

        var (code, _, error) = Import(path);

        Assert.Equal(2, code);
        Assert.False(Directory.Exists(Path.Combine(_sandbox.Corpus, "raw")) && Directory.EnumerateFiles(Path.Combine(_sandbox.Corpus, "raw")).Any());
        NoStackTrace(error);
    }

    [Fact]
    public void A_data_folder_that_is_a_file_is_reported_in_one_line()
    {
        var file = _sandbox.Write("veri", [1, 2, 3]);
        var output = new StringWriter();
        var error = new StringWriter();

        var code = CorpusCli.Run(["user", "add", "ayse", "--data", file], output, error, new StringReader("uzun ve gizli parola\n"));

        Assert.Equal(2, code);
        NoStackTrace(error.ToString());
        Assert.Single(error.ToString().Trim().Split('\n'));
    }
}
