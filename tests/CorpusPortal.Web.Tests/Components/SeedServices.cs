using CorpusPortal.Web.Services;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace CorpusPortal.Web.Tests.Components;

/// <summary>
/// The portal's real services over the repository's seed corpus, its search index built once in a folder of its
/// own: what a component renders in bUnit is what it renders in the portal.
/// </summary>
public sealed class SeedServices : IDisposable
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), "corpus-bunit-" + Guid.NewGuid().ToString("N"));

    public SeedServices()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Corpus"] = Path.Combine(PortalFactory.RepositoryRoot, "corpus"),
            ["Data"] = _data,
        }).Build();
        Options = PortalOptions.From(configuration, PortalFactory.RepositoryRoot);
        Library = new CorpusLibrary(Options, NullLogger<CorpusLibrary>.Instance);
        Search = new SearchService(Library, Options, NullLogger<SearchService>.Instance);
    }

    public PortalOptions Options { get; }

    public CorpusLibrary Library { get; }

    public SearchService Search { get; }

    /// <summary>Registers the shared services in a test's container (they outlive the test: the index is built once).</summary>
    public void AddTo(IServiceCollection services) => services
        .AddSingleton(Options)
        .AddSingleton(Library)
        .AddSingleton(Search);

    public void Dispose()
    {
        Search.Dispose();
        if (Directory.Exists(_data))
        {
            Directory.Delete(_data, recursive: true);
        }
    }
}
