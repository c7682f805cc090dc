using ReportSearch.Engine;
using ReportSearch.Ingestion;
using ReportSearch.Mechanisms;

namespace ReportSearch.Core.Tests.Mechanisms;

/// <summary>Payloads by document across an archive, as the index gives them after a catalogue was built; closed: reads nothing.</summary>
internal sealed class PayloadsByDoc(IReadOnlyDictionary<int, StoredPayload> byDoc) : IStoredPayloads
{
    public bool Closed { get; set; }
    /// <summary>How many payloads were read.</summary>
    public int Read { get; private set; }

    public bool TryRead(IReadOnlyList<int> docs, Action<StoredPayload> each)
    {
        if (Closed) return false;
        foreach (int doc in docs)
            if (byDoc.TryGetValue(doc, out var payload)) { Read++; each(payload); }
        return true;
    }
}

/// <summary>A catalogue of one Lucene segment's payloads, without an index.</summary>
internal static class CatalogOfPayloads
{
    /// <summary>One segment document per use, each naming <paramref name="key"/> (quoted, with numbered parts).</summary>
    public static MechanismCatalog Build(string key, IEnumerable<(string Id, int Year, string? Date, string Region, MetadataOrigin? Origin, string? Definition)> uses) =>
        Build(uses.Select(u => (u.Id, MechanismPayload.Encode("报告" + u.Id, u.Year == 0 ? null : u.Year, u.Date, [u.Region],
            [new MechanismMention(key, key, $"“{key}”", MechanismEvidence.Structured, 1, u.Definition, null)], u.Origin))));

    public static MechanismCatalog Build(IEnumerable<(string ReportId, byte[] Bytes)> payloads)
    {
        var stored = payloads.Select((p, doc) => new StoredPayload(doc, p.ReportId, p.Bytes, 0, p.Bytes.Length)).ToList();
        return MechanismCatalog.Build(MechanismPayload.Tables([new PayloadPart<object>(new object(), null, () => stored)], MechanismPayload.PayloadsPerTable),
            new PayloadsByDoc(stored.ToDictionary(p => p.Doc)));
    }
}
