namespace ReportSearch.Ingestion;

/// <summary>Recognises files that are not text at all (images, archives, executables) before any decoding is tried.</summary>
internal static class BinarySniffer
{
    private const int SampleBytes = 8192;
    // Text may carry a stray form feed or escape; more than this share of control bytes means binary.
    private const double MaxControlShare = 0.02;

    public static bool LooksBinary(ReadOnlySpan<byte> content)
    {
        var sample = content.Length > SampleBytes ? content[..SampleBytes] : content;
        if (sample.IndexOf((byte)0) >= 0) return true;
        int controls = 0;
        foreach (var b in sample)
            if (b < 0x20 && b is not ((byte)'\n' or (byte)'\r' or (byte)'\t' or 0x0C)) controls++;
        return controls > sample.Length * MaxControlShare;
    }
}
