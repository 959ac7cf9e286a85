namespace CorpusPortal.Web.Tests;

/// <summary>Test classes that each get a fresh <see cref="EditorSandbox"/> (a copy of the corpus, one editor) per test.</summary>
public abstract class SandboxTests : IAsyncLifetime
{
    protected EditorSandbox Sandbox { get; private set; } = default!;

    /// <summary>The sandbox of a test (override to replace services).</summary>
    protected virtual EditorSandbox CreateSandbox() => new();

    public Task InitializeAsync()
    {
        Sandbox = CreateSandbox();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await Sandbox.DisposeAsync();
}
