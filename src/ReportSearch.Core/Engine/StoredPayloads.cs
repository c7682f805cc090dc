namespace ReportSearch.Engine;

/// <summary>
/// Reads single payloads of one snapshot after its view was built, by document number across the snapshot
/// (<see cref="PayloadPart{TPart}.DocBase"/> plus the document's number in its segment). A view keeps such numbers
/// instead of what the payloads say, and reads them again when one answer needs them (one mechanism's page).
/// </summary>
public interface IStoredPayloads
{
    /// <summary>Calls <paramref name="each"/> with the payload of each document of <paramref name="docs"/> that has
    /// one, in the order given; the bytes are valid during the call only (<see cref="StoredPayload.Doc"/> is the
    /// number across the snapshot). False, having read nothing, when the snapshot was closed meanwhile.</summary>
    bool TryRead(IReadOnlyList<int> docs, Action<StoredPayload> each);
}

/// <summary>The snapshot a view was built from was closed (a newer one is served): ask the index for the current view.</summary>
public sealed class SnapshotClosedException() : InvalidOperationException("the index snapshot of this view was closed; a newer one is served");
