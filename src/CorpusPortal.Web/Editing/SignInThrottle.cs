using System.Collections.Concurrent;

namespace CorpusPortal.Web.Editing;

/// <summary>
/// Slows and then locks repeated failed sign-ins: each failure for a user name adds a second of delay (up to
/// five), and five failures within fifteen minutes lock the name for fifteen minutes, whatever password comes next.
/// </summary>
public sealed class SignInThrottle(TimeProvider clock)
{
    public const int MaxFailures = 5;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);

    private readonly ConcurrentDictionary<string, List<DateTimeOffset>> _failures = new(StringComparer.Ordinal);

    /// <summary>The added delay per recent failure (tests set it to zero).</summary>
    public TimeSpan DelayPerFailure { get; init; } = TimeSpan.FromSeconds(1);

    public bool IsLocked(string name) => Recent(name).Count >= MaxFailures;

    /// <summary>Records a failure and says how long to wait before answering.</summary>
    public TimeSpan Fail(string name)
    {
        var list = _failures.GetOrAdd(name, _ => []);
        lock (list)
        {
            list.Add(clock.GetUtcNow());
        }
        return DelayPerFailure * Math.Min(Recent(name).Count, 5);
    }

    public void Succeed(string name) => _failures.TryRemove(name, out _);

    private List<DateTimeOffset> Recent(string name)
    {
        if (!_failures.TryGetValue(name, out var list))
        {
            return [];
        }
        lock (list)
        {
            list.RemoveAll(t => clock.GetUtcNow() - t > Window);
            return [.. list];
        }
    }
}
