using System.Text.RegularExpressions;

namespace ReportSearch.Engine;

/// <summary>
/// The one rule for what of the index's statistics may be shown outside the server: absolute paths in messages
/// (skip reasons, the last error) lose their folders, which reveal the server's layout; archive-relative paths stay.
/// The host's /api/v1/stats (for operators) and `reportsearch stats` both apply it.
/// </summary>
public static partial class StatisticsRedaction
{
    public static IndexStatistics Of(IndexStatistics s) => s with
    {
        Skipped = s.Skipped.Select(k => k with { Path = Paths(k.Path), Reason = Paths(k.Reason) }).ToList(),
        MissingMetadata = s.MissingMetadata.Select(m => m with { Path = m.Path is null ? null : Paths(m.Path) }).ToList(),
        Status = s.Status is null ? null : s.Status with { LastError = s.Status.LastError is null ? null : Paths(s.Status.LastError) },
    };

    // Absolute paths (/data/reports/x.txt, C:\data\x.txt) in messages become "…/x.txt": the file name helps, the folders do not.
    [GeneratedRegex(@"(?<![\w.~])(?:[A-Za-z]:[\\/]|/)(?:[^\s'""\\/:]+[\\/])+(?=[^\s'""\\/]*)")]
    private static partial Regex AbsoluteFolder();

    public static string Paths(string text) => AbsoluteFolder().Replace(text, "…/");
}
