namespace CorpusPortal.Cli;

/// <summary>Where commands write; tests pass string writers.</summary>
public sealed record CliConsole(TextWriter Out, TextWriter Error)
{
    /// <summary>Where a command reads what it asks for (a password); standard input unless a test gives another.</summary>
    public TextReader In { get; init; } = Console.In;

    public const int Ok = 0;
    public const int Failed = 1;
    public const int BadInput = 2;

    /// <summary>Prints a one-line error and returns the bad-input exit code.</summary>
    public int Refuse(string message)
    {
        Error.WriteLine($"error: {message}");
        return BadInput;
    }
}
