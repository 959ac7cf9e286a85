namespace CorpusPortal.Web.Editing;

/// <summary>
/// Slows and then locks repeated failed sign-ins. Failures count per user name and client address: five within
/// fifteen minutes lock that name for that address (someone else's failures cannot lock an editor out), and
/// twenty for one address lock every name for it (spraying names). An attempt is counted when it begins, before
/// the password is checked, so guesses sent in parallel cannot pass the lock. Each failure adds a second of delay
/// (up to five).
/// </summary>
public sealed class SignInThrottle(TimeProvider clock)
{
    public const int MaxFailures = 5;
    public const int MaxFailuresPerAddress = 20;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);

    /// <summary>Above this many names and addresses, those with nothing recent are forgotten (memory stays bounded).</summary>
    private const int MaxTallies = 10_000;

    private readonly Lock _gate = new();
    private readonly Dictionary<string, Tally> _tallies = new(StringComparer.Ordinal);

    /// <summary>The added delay per recent failure (tests set it to zero).</summary>
    public TimeSpan DelayPerFailure { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Begins an attempt; false when the name or the address is locked (nothing is then checked).</summary>
    public bool TryBegin(string name, string? address)
    {
        lock (_gate)
        {
            if (_tallies.Count > MaxTallies)
            {
                Prune(clock.GetUtcNow());
            }
            var pair = TallyOf(NameKey(name, address));
            var all = TallyOf(AddressKey(address));
            if (pair.Count(clock.GetUtcNow()) >= MaxFailures || all.Count(clock.GetUtcNow()) >= MaxFailuresPerAddress)
            {
                return false;
            }
            pair.Pending++;
            all.Pending++;
            return true;
        }
    }

    /// <summary>Ends an attempt begun with <see cref="TryBegin"/> as a failure; says how long to wait before answering.</summary>
    public TimeSpan Fail(string name, string? address)
    {
        lock (_gate)
        {
            var now = clock.GetUtcNow();
            var pair = TallyOf(NameKey(name, address));
            pair.End(now, failed: true);
            TallyOf(AddressKey(address)).End(now, failed: true);
            return DelayPerFailure * Math.Min(pair.Count(now), 5);
        }
    }

    /// <summary>Ends an attempt as a success: the failures of this name from this address are forgotten.</summary>
    public void Succeed(string name, string? address)
    {
        lock (_gate)
        {
            _tallies.Remove(NameKey(name, address));
            TallyOf(AddressKey(address)).End(clock.GetUtcNow(), failed: false);
        }
    }

    /// <summary>The name is locked for the address (a new attempt would be refused).</summary>
    public bool IsLocked(string name, string? address)
    {
        lock (_gate)
        {
            var now = clock.GetUtcNow();
            return TallyOf(NameKey(name, address)).Count(now) >= MaxFailures || TallyOf(AddressKey(address)).Count(now) >= MaxFailuresPerAddress;
        }
    }

    private void Prune(DateTimeOffset now)
    {
        foreach (var key in _tallies.Where(t => t.Value.Count(now) == 0).Select(t => t.Key).ToList())
        {
            _tallies.Remove(key);
        }
    }

    private static string NameKey(string name, string? address) => $"{address ?? "-"}\n{name}";

    private static string AddressKey(string? address) => address ?? "-";

    private Tally TallyOf(string key)
    {
        if (!_tallies.TryGetValue(key, out var tally))
        {
            _tallies[key] = tally = new Tally();
        }
        return tally;
    }

    /// <summary>Recent failures and attempts under way for one key.</summary>
    private sealed class Tally
    {
        private readonly Queue<DateTimeOffset> _failures = new();

        public int Pending { get; set; }

        /// <summary>Failures within the window plus attempts not yet ended.</summary>
        public int Count(DateTimeOffset now)
        {
            while (_failures.Count > 0 && now - _failures.Peek() > Window)
            {
                _failures.Dequeue();
            }
            return _failures.Count + Pending;
        }

        public void End(DateTimeOffset now, bool failed)
        {
            Pending = Math.Max(0, Pending - 1);
            if (failed)
            {
                _failures.Enqueue(now);
            }
        }
    }
}
