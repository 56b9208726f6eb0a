using Hls4Net.Backends.Cpp.Build;

namespace Hls4Net.Backends.Cpp.Tests.Build;

public sealed class BuildLockTests
{
    [Fact]
    public void A_second_build_of_the_same_key_waits_and_a_different_key_does_not()
    {
        using var scratch = new Scratch();
        using (var first = BuildLock.Acquire(scratch.Root, "key", TimeSpan.FromSeconds(5)))
        {
            Assert.True(first.Held);
            // Same key while held: the wait runs out and the build goes on without the lock.
            using (var second = BuildLock.Acquire(scratch.Root, "key", TimeSpan.FromMilliseconds(300))) Assert.False(second.Held);
            using (var other = BuildLock.Acquire(scratch.Root, "other", TimeSpan.FromMilliseconds(300))) Assert.True(other.Held);
        }
        // Released (and its file removed): the next build takes it at once.
        Assert.False(File.Exists(Path.Combine(scratch.Root, "key.lock")));
        using var third = BuildLock.Acquire(scratch.Root, "key", TimeSpan.FromMilliseconds(300));
        Assert.True(third.Held);
    }

    [Fact]
    public async Task A_waiting_build_gets_the_lock_when_the_first_one_ends()
    {
        using var scratch = new Scratch();
        var first = BuildLock.Acquire(scratch.Root, "key", TimeSpan.FromSeconds(5));
        var release = Task.Run(async () =>
        {
            await Task.Delay(300);
            first.Dispose();
        });
        using var second = BuildLock.Acquire(scratch.Root, "key", TimeSpan.FromMinutes(1));
        Assert.True(second.Held);
        await release;
    }
}
