using CorpusPortal.Accounts;
using CorpusPortal.Web.Editing;
using CorpusPortal.Web.Services;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace CorpusPortal.Web.Tests.Components;

/// <summary>
/// The portal's real services over the repository's seed corpus, its search index built once in a folder of its
/// own: what a component renders in bUnit is what it renders in the portal.
/// </summary>
public class SeedServices : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "corpus-bunit-" + Guid.NewGuid().ToString("N"));

    public SeedServices()
        : this(copyCorpus: false)
    {
    }

    /// <param name="copyCorpus">Work on a copy of the corpus, for tests that save into it.</param>
    protected SeedServices(bool copyCorpus)
    {
        var corpus = copyCorpus
            ? CorpusPortal.Tests.CorpusCopy.To(Path.Combine(_folder, "corpus"))
            : Path.Combine(PortalFactory.RepositoryRoot, "corpus");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Corpus"] = corpus,
            ["Data"] = Path.Combine(_folder, "data"),
        }).Build();
        Options = PortalOptions.From(configuration, PortalFactory.RepositoryRoot);
        Library = new CorpusLibrary(Options, NullLogger<CorpusLibrary>.Instance);
        Search = new SearchService(Library, Options, NullLogger<SearchService>.Instance);
        Related = new RelatedLinks(Library, Search, NullLogger<RelatedLinks>.Instance);
        History = new VersionHistory(Options.DataFolder);
        Publisher = new Publisher(Library, Search, Related, History, TimeProvider.System);
        Accounts = new EditorAccounts(Options.DataFolder);
    }

    public PortalOptions Options { get; }

    public CorpusLibrary Library { get; }

    public SearchService Search { get; }

    public RelatedLinks Related { get; }

    public VersionHistory History { get; }

    public Publisher Publisher { get; }

    public EditorAccounts Accounts { get; }

    /// <summary>Registers the shared services in a test's container (they outlive the test: the index is built once).</summary>
    public void AddTo(IServiceCollection services) => services
        .AddSingleton(Options)
        .AddSingleton(Library)
        .AddSingleton(Search)
        .AddSingleton(Related)
        .AddSingleton(History)
        .AddSingleton(Publisher)
        .AddSingleton(Accounts)
        .AddSingleton(TimeProvider.System);

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (!disposing)
        {
            return;
        }
        Related.Dispose();
        Search.Dispose();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}

/// <summary>The seed services over a copy of the corpus, for components that save.</summary>
public sealed class WritableSeedServices() : SeedServices(copyCorpus: true);
