using ReportSearch.Engine;

namespace ReportSearch.Mechanisms;

/// <summary>
/// What the catalogue leaves on disk, read back from the payloads of a few documents when an answer needs it: a
/// report's id and title, and the definition a segment gives of one name. One mechanism's page reads the documents
/// of its own mentions only.
/// </summary>
internal sealed class MentionReader(IStoredPayloads stored)
{
    /// <summary>Each document's report id and title.</summary>
    public Dictionary<int, (string Id, string? Title)> Reports(IEnumerable<int> docs)
    {
        var found = new Dictionary<int, (string, string?)>();
        var decoder = new MechanismPayload.Decoder();
        Read(docs, payload => found[payload.Doc] = (payload.ReportId, Decoded(() => decoder.Title(payload))));
        return found;
    }

    /// <summary>The definition each document's segment gives of <paramref name="key"/>, where it gives one.</summary>
    public Dictionary<int, (string Text, string? Section)> Definitions(IEnumerable<int> docs, string key)
    {
        var found = new Dictionary<int, (string, string?)>();
        // One decoder per answer, reusing its buffers over the payloads it reads (a page reads thousands).
        var decoder = new MechanismPayload.Decoder();
        Read(docs, payload =>
        {
            if (Decoded(() => decoder.Definition(payload, key)) is { } definition) found[payload.Doc] = definition;
        });
        return found;
    }

    /// <summary>False once the snapshot was closed (a newer one is served): what was read of it must not be served.</summary>
    public bool SnapshotOpen() => stored.TryRead([], _ => { });

    // A value that cannot be read was left out when the catalogue was built, as here (see MechanismPayload.Tables).
    private static T? Decoded<T>(Func<T?> read)
    {
        try { return read(); }
        catch (Exception e) when (e is InvalidDataException or ArgumentOutOfRangeException or IndexOutOfRangeException) { return default; }
    }

    // In document order, which reads the index front to back.
    private void Read(IEnumerable<int> docs, Action<StoredPayload> each)
    {
        var sorted = docs.Distinct().Order().ToList();
        if (sorted.Count == 0) return;
        if (!stored.TryRead(sorted, each)) throw new SnapshotClosedException();
    }
}
