using System.Text.Json;
using System.Text.RegularExpressions;

namespace CorpusPortal.Accounts;

/// <summary>
/// An editor: a name, a password hash (never the password) and a security stamp, a random value every sign-in cookie
/// carries. A new password, a sign-out or the account's removal changes or removes the stamp, which ends every sign-in.
/// </summary>
public sealed record EditorAccount(string Name, string PasswordHash, DateTimeOffset Created, string? SecurityStamp = null)
{
    /// <summary>The stamp sign-ins must carry (for an account written before stamps existed, one derived from its hash).</summary>
    public string Stamp => SecurityStamp ?? Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(PasswordHash)))[..32];
}

/// <summary>
/// The editor accounts, in <c>editors.json</c> of the data folder (outside git). There is no default account and
/// no default password: accounts are made with <c>corpus user add</c>. Writes are atomic (temporary file, flush, rename)
/// and the file is readable by its owner only.
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
        accounts.Add(new EditorAccount(name, PasswordHash.Create(password), DateTimeOffset.UtcNow, NewStamp()));
        Save(accounts);
        return null;
    }

    /// <summary>Removes an account (its sign-ins end at their next request); returns a problem when there is none.</summary>
    public string? Remove(string name)
    {
        var accounts = All().ToList();
        if (accounts.RemoveAll(a => a.Name == name) == 0)
        {
            return $"there is no user '{name}'";
        }
        Save(accounts);
        return null;
    }

    /// <summary>Gives an account a new security stamp: every sign-in made so far ends (sign-out does this).</summary>
    public void Revoke(string name)
    {
        var accounts = All().ToList();
        var index = accounts.FindIndex(a => a.Name == name);
        if (index >= 0)
        {
            accounts[index] = accounts[index] with { SecurityStamp = NewStamp() };
            Save(accounts);
        }
    }

    /// <summary>
    /// The account when <paramref name="password"/> is its password, else null. An unknown name is checked against a
    /// hash as slow as a real one, so the time of the answer does not tell whether the name exists.
    /// </summary>
    public EditorAccount? Check(string name, string password)
    {
        var account = Find(name);
        var matches = Accounts.PasswordHash.Verify(password, account?.PasswordHash ?? UnknownUserHash.Value);
        return matches ? account : null;
    }

    private static readonly Lazy<string> UnknownUserHash = new(() => Accounts.PasswordHash.Create(Guid.NewGuid().ToString("N")));

    private static string NewStamp() => Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));

    private void Save(List<EditorAccount> accounts)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        var temporary = Path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }
        using (var stream = new FileStream(temporary, options))
        {
            JsonSerializer.Serialize(stream, accounts.OrderBy(a => a.Name, StringComparer.Ordinal).ToList(), Json);
            stream.Flush(flushToDisk: true);
        }
        File.Move(temporary, Path, overwrite: true);
    }

    [GeneratedRegex(@"\A[a-z0-9][a-z0-9._-]{1,39}\z")]
    private static partial Regex ValidName();
}
