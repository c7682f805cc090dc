using Microsoft.AspNetCore.Http.HttpResults;
using System.Text.Json;
using System.Text.Json.Serialization;
using ReportSearch.Host.Http;
using ReportSearch.Host.Serving;
using ReportSearch.Engine;
using ReportSearch.Search;

namespace ReportSearch.Host.Api;

/// <summary>
/// /api/v1/stats in two views. Everyone gets counts: how many reports, how big, how fresh, what the last scan
/// did. Archive paths, skipped files with their reasons and the last error are for operators only: they come
/// with the header <c>X-Admin-Key</c> matching <c>Admin:ApiKey</c> (see <see cref="OperatorAccess"/>), and not at
/// all when no key is configured.
/// Absolute server paths never leave the host, not even to an operator (<see cref="StatisticsRedaction"/>).
/// </summary>
public static class StatsEndpoint
{
    public sealed record PublicStatus(string State, DateTime? LastScanStartedUtc, DateTime? LastScanFinishedUtc, int FilesScanned,
        int Added, int Updated, int Deleted, int Unchanged, int Duplicates, int Skipped, bool HasError);

    public sealed record PublicStats(int Reports, int Segments, int Sources, long SizeBytes, string? LastIndexedAt, string? AnalyzerVersion,
        int SkippedFiles, int MissingMetadata, PublicStatus? Status);

    // The public view is listed last: of two 200 bodies OpenAPI documents the last, and the public one is what a
    // client gets; the operator's is the same URL with the header.
    public static Results<ContractJson<IndexStatistics>, ContractJson<PublicStats>> Handle(HttpContext http, IndexProvider provider, OperatorAccess operators)
    {
        var stats = provider.Index.Statistics();
        // (Requests with the admin header are never cached: see ConditionalGetFilter.)
        return operators.IsOperator(http.Request)
            ? ApiJson.Ok(ForAdmin(stats))
            : new ContractJson<PublicStats>(ForPublic(stats), PublicJson);
    }

    // The contract's conventions (camelCase, nulls written, readable Chinese) for the public view's own types.
    private static readonly JsonSerializerOptions PublicJson = new(SearchJson.Options) { TypeInfoResolver = StatsJsonContext.Default };

    public static PublicStats ForPublic(IndexStatistics s) => new(s.Reports, s.Segments, s.Sources, s.SizeBytes, s.LastIndexedAt, s.AnalyzerVersion,
        s.Skipped.Count, s.MissingMetadata.Count, s.Status is not { } st ? null :
            new PublicStatus(st.State, st.LastScanStartedUtc, st.LastScanFinishedUtc, st.FilesScanned, st.Added, st.Updated, st.Deleted,
                st.Unchanged, st.Duplicates, st.Skipped, st.LastError is not null));

    public static IndexStatistics ForAdmin(IndexStatistics s) => StatisticsRedaction.Of(s);
}

[JsonSerializable(typeof(StatsEndpoint.PublicStats))]
internal sealed partial class StatsJsonContext : JsonSerializerContext;
