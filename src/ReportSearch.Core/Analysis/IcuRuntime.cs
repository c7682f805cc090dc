using Icu;

namespace ReportSearch.Analysis;

/// <summary>Loads the system's ICU once per process; icu.net needs this before any other call.</summary>
internal static class IcuRuntime
{
    private static readonly Lazy<bool> Loaded = new(() =>
    {
        Wrapper.Init();
        return true;
    }, LazyThreadSafetyMode.ExecutionAndPublication);

    public static void EnsureLoaded() => _ = Loaded.Value;
}
