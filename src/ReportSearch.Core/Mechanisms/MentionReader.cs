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
        Read(docs, table => found[table.Doc[0]] = (table.ReportId[0], table.Title[0]));
        return found;
    }

    /// <summary>The definition each document's segment gives of <paramref name="key"/>, where it gives one.</summary>
    public Dictionary<int, (string Text, string? Section)> Definitions(IEnumerable<int> docs, string key)
    {
        var found = new Dictionary<int, (string, string?)>();
        Read(docs, table =>
        {
            for (int m = 0; m < table.MentionCount; m++)
                if (table.Keys[table.Key[m]] == key && table.Definitions.TryGetValue(m, out var definition))
                {
                    found[table.Doc[0]] = definition;
                    return;
                }
        });
        return found;
    }

    // Each payload decoded as a table of one segment document while its bytes are valid; in document order, which
    // reads the index front to back.
    private void Read(IEnumerable<int> docs, Action<MentionTable> each)
    {
        var sorted = docs.Distinct().Order().ToList();
        if (sorted.Count == 0) return;
        bool read = stored.TryRead(sorted, payload =>
        {
            if (MechanismPayload.Tables([payload], 1).SingleOrDefault() is { Doc.Length: 1 } table) each(table);
        });
        if (!read) throw new SnapshotClosedException();
    }
}
