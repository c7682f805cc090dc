using ReportSearch.Bench;

namespace ReportSearch.Core.Tests.Bench;

/// <summary>
/// The http bench's memory figures (bench/ReportSearch.Bench/HostMemory.cs, linked), read for this test process: the peak sampled while memory is held is at least
/// what was held, and the kernel's peak since start is at least the resident size now (Linux: /proc/PID/status).
/// </summary>
public sealed class HostMemoryTests
{
    private static string Self => Environment.ProcessId.ToString();

    [Fact]
    public async Task The_peak_sampled_under_load_sees_memory_held_during_the_load()
    {
        var before = HostMemory.Read(Self)!.Value;
        var sampler = HostMemory.Start(Self)!;
        // 200 MB touched and held for several sampling intervals; the rest of a busy test process may return memory
        // meanwhile (690 -> 839 MB seen once in a full run), so half of it is what must show.
        var held = new byte[200 * 1024 * 1024];
        for (int i = 0; i < held.Length; i += 4096) held[i] = 1;
        await Task.Delay(500);
        var during = HostMemory.Read(Self)!.Value;
        GC.KeepAlive(held);
        await sampler.DisposeAsync();
        Assert.True(during.Now >= before.Now + 100, $"resident {before.Now:F0} MB before, {during.Now:F0} MB with 200 MB held");
        Assert.True(sampler.PeakMb >= before.Now + 100, $"sampled peak {sampler.PeakMb:F0} MB, {before.Now:F0} MB before");
        Assert.True(during.SinceStart >= during.Now);
    }

    [Fact]
    public void A_process_that_is_gone_has_no_figures()
    {
        Assert.Null(HostMemory.Read("999999999"));
        Assert.Null(HostMemory.Start("999999999"));
    }
}
