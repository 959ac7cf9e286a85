namespace CorpusPortal.Cli.Tests;

/// <summary><c>user add</c>: the password comes from standard input; bad input gets exit code 2.</summary>
public sealed class UserCommandTests : IDisposable
{
    private readonly CliSandbox _sandbox = new();

    public void Dispose() => _sandbox.Dispose();

    private (int Code, string Out, string Error) Run(string input, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = CorpusCli.Run(args, output, error, new StringReader(input));
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void Adds_an_editor_with_the_password_read_from_standard_input()
    {
        var data = Path.Combine(_sandbox.Folder, "data");

        var (code, output, _) = Run("uzun ve gizli parola\n", "user", "add", "ayse", "--data", data);

        Assert.Equal(0, code);
        Assert.Contains("editor 'ayse' saved", output, StringComparison.Ordinal);
        Assert.NotNull(new Accounts.EditorAccounts(data).Check("ayse", "uzun ve gizli parola"));
    }

    [Theory]
    [InlineData("kısa\n", "ayse", "at least 12")]
    [InlineData("", "ayse", "at least 12")]
    [InlineData("uzun ve gizli parola\n", "Ayşe", "user name")]
    public void Refuses_bad_input_with_exit_code_2(string input, string name, string expected)
    {
        var (code, _, error) = Run(input, "user", "add", name, "--data", Path.Combine(_sandbox.Folder, "data"));

        Assert.Equal(2, code);
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }
}
