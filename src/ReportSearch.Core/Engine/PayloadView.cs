namespace ReportSearch.Engine;

/// <summary>
/// A value derived from the payloads one segment field holds (see <see cref="SegmentRecord.Payloads"/>), such as
/// the mechanism catalogue: a part is read once per Lucene segment (segments never change, so it is reused by
/// every later snapshot), and the parts of a snapshot are combined once per snapshot, deletions applied from its
/// live documents. The engine knows nothing of what the bytes mean; a view is usually a singleton.
/// </summary>
public abstract class PayloadView<TPart, TView> where TPart : class where TView : class
{
    /// <summary>The payload name the view reads.</summary>
    public abstract string Field { get; }

    /// <summary>One Lucene segment's payloads, in document order.</summary>
    public abstract TPart ReadPart(IEnumerable<StoredPayload> payloads);

    /// <summary>
    /// As <see cref="ReadPart(IEnumerable{StoredPayload})"/>, with a file the view may keep beside the segment
    /// (null: none can be kept). A view whose part would grow with the archive if it stayed in memory keeps it
    /// there instead: written the first time the segment is seen, read back by later snapshots and processes, so the
    /// payloads (read lazily) are read only when the file is missing.
    /// </summary>
    public virtual TPart ReadPart(IEnumerable<StoredPayload> payloads, SegmentFile? file) => ReadPart(payloads);

    /// <summary>The snapshot's parts, each with a test of whether a document is live (null: all are).</summary>
    public abstract TView Combine(IReadOnlyList<(TPart Part, Func<int, bool>? IsLive)> parts);

    /// <summary>
    /// The snapshot's parts with their segments' payloads, which can be read again while the view is built. A view
    /// whose parts would grow with the archive keeps a small part (or none) and reads the payloads here instead,
    /// as often as it needs, so that what stays in memory is only the view itself.
    /// </summary>
    public virtual TView Combine(IReadOnlyList<PayloadPart<TPart>> parts) => Combine(parts.Select(p => (p.Part, p.IsLive)).ToList());

    /// <summary>
    /// As <see cref="Combine(IReadOnlyList{PayloadPart{TPart}})"/>, with the snapshot's payloads readable one by one
    /// after the build: a view that keeps only document numbers reads what one answer needs from
    /// <paramref name="stored"/> (see <see cref="IStoredPayloads"/>).
    /// </summary>
    public virtual TView Combine(IReadOnlyList<PayloadPart<TPart>> parts, IStoredPayloads stored) => Combine(parts);
}

/// <summary>One Lucene segment of a snapshot as a view sees it: its cached part, which documents are live (null: all),
/// and its payloads in document order, read anew from the index on each call (valid while the view is built).</summary>
/// <param name="DocBase">What turns a document's number in this segment into its number across the snapshot (see <see cref="IStoredPayloads"/>).</param>
public sealed record PayloadPart<TPart>(TPart Part, Func<int, bool>? IsLive, Func<IEnumerable<StoredPayload>> Payloads, int DocBase = 0);

/// <summary>One segment document's payload: <paramref name="Doc"/> is its number within its Lucene segment, <paramref name="ReportId"/> its report's id.</summary>
public readonly record struct StoredPayload(int Doc, string ReportId, byte[] Bytes, int Offset, int Length)
{
    public ReadOnlySpan<byte> Span => Bytes.AsSpan(Offset, Length);
}
