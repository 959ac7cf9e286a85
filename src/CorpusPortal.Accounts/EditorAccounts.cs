using System.Text.Json;
using System.Text.RegularExpressions;

namespace CorpusPortal.Accounts;

/// <summary>An editor: a name and a password hash (never the password).</summary>
public sealed record EditorAccount(string Name, string PasswordHash, DateTimeOffset Created);

/// <summary>
/// The editor accounts, in <c>editors.json</c> of the data folder (outside git). There is no default account and
/// no default password: accounts are made with <c>corpus user add</c>. Writes are atomic (temporary file, flush, rename).
/// </summary>
public sealed partial class EditorAccounts(string dataFolder)
{
    public const string FileName = "editors.json";
    public const int MinimumPasswordLength = 12;

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetFullPath(dataFolder), FileName);

    public IReadOnlyList<EditorAccount> All() =>
        File.Exists(Path) ? JsonSerializer.Deserialize<List<EditorAccount>>(File.ReadAllText(Path), Json) ?? [] : [];

    public EditorAccount? Find(string name) => All().FirstOrDefault(a => string.Equals(a.Name, name, StringComparison.Ordinal));

    /// <summary>Why a name cannot be an editor's, or null. Names are 2–40 lowercase letters, digits, '.', '_' or '-'.</summary>
    public static string? ProblemWithName(string name) =>
        ValidName().IsMatch(name) ? null : $"'{name}': a user name is 2 to 40 lowercase letters, digits, '.', '_' or '-'";

    public static string? ProblemWithPassword(string password) =>
        password.Length < MinimumPasswordLength ? $"the password has {password.Length} characters; it needs at least {MinimumPasswordLength}" : null;

    /// <summary>Adds (or, with <paramref name="replace"/>, replaces) an account; returns a problem instead when there is one.</summary>
    public string? Add(string name, string password, bool replace)
    {
        if ((ProblemWithName(name) ?? ProblemWithPassword(password)) is { } problem)
        {
            return problem;
        }
        var accounts = All().ToList();
        if (accounts.Any(a => a.Name == name) && !replace)
        {
            return $"user '{name}' already exists (use --replace to set a new password)";
        }
        accounts.RemoveAll(a => a.Name == name);
        accounts.Add(new EditorAccount(name, PasswordHash.Create(password), DateTimeOffset.UtcNow));
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        var temporary = Path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
        {
            JsonSerializer.Serialize(stream, accounts.OrderBy(a => a.Name, StringComparer.Ordinal).ToList(), Json);
            stream.Flush(flushToDisk: true);
        }
        File.Move(temporary, Path, overwrite: true);
        return null;
    }

    public bool Check(string name, string password) => Find(name) is { } account && Accounts.PasswordHash.Verify(password, account.PasswordHash);

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]{1,39}$")]
    private static partial Regex ValidName();
}
