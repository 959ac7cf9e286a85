using CorpusPortal.Web.Editing;

namespace CorpusPortal.Web.Tests.Hardening;

/// <summary>
/// Failed sign-ins lock a name for the address that failed, not for everyone (five requests from anywhere must not
/// lock an editor out), an address that sprays many names is locked too, and guesses sent in parallel are counted
/// before they are checked, so they cannot slip past the lock (issue 14).
/// </summary>
public sealed class SignInThrottleTests
{
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero));

    private SignInThrottle NewThrottle() => new(_clock) { DelayPerFailure = TimeSpan.Zero };

    private static void FailOnce(SignInThrottle throttle, string name, string address)
    {
        Assert.True(throttle.TryBegin(name, address));
        throttle.Fail(name, address);
    }

    [Fact]
    public void Five_failures_lock_the_name_for_that_address_only()
    {
        var throttle = NewThrottle();
        for (var i = 0; i < SignInThrottle.MaxFailures; i++)
        {
            FailOnce(throttle, "ayse", "203.0.113.9");
        }

        Assert.False(throttle.TryBegin("ayse", "203.0.113.9"));
        Assert.True(throttle.TryBegin("ayse", "198.51.100.4"));
    }

    [Fact]
    public void The_lock_ends_after_the_window()
    {
        var throttle = NewThrottle();
        for (var i = 0; i < SignInThrottle.MaxFailures; i++)
        {
            FailOnce(throttle, "ayse", "203.0.113.9");
        }

        _clock.Advance(SignInThrottle.Window + TimeSpan.FromSeconds(1));

        Assert.True(throttle.TryBegin("ayse", "203.0.113.9"));
    }

    [Fact]
    public void An_address_guessing_many_names_is_locked_for_every_name()
    {
        var throttle = NewThrottle();
        for (var i = 0; i < SignInThrottle.MaxFailuresPerAddress; i++)
        {
            FailOnce(throttle, "ad" + i, "203.0.113.9");
        }

        Assert.False(throttle.TryBegin("baska", "203.0.113.9"));
        Assert.True(throttle.TryBegin("baska", "198.51.100.4"));
    }

    [Fact]
    public void Parallel_guesses_are_counted_before_they_are_checked()
    {
        var throttle = NewThrottle();

        var admitted = Enumerable.Range(0, 50).AsParallel().Count(_ => throttle.TryBegin("ayse", "203.0.113.9"));

        Assert.Equal(SignInThrottle.MaxFailures, admitted);
    }

    [Fact]
    public void A_success_clears_the_failures_of_that_name_and_address()
    {
        var throttle = NewThrottle();
        for (var i = 0; i < SignInThrottle.MaxFailures - 1; i++)
        {
            FailOnce(throttle, "ayse", "203.0.113.9");
        }
        Assert.True(throttle.TryBegin("ayse", "203.0.113.9"));

        throttle.Succeed("ayse", "203.0.113.9");

        for (var i = 0; i < SignInThrottle.MaxFailures - 1; i++)
        {
            FailOnce(throttle, "ayse", "203.0.113.9");
        }
        Assert.True(throttle.TryBegin("ayse", "203.0.113.9"));
    }
}
