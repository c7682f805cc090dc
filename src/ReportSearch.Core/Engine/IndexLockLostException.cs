namespace ReportSearch.Engine;

/// <summary>
/// The writer no longer holds the index's lock (its folder was deleted or replaced): it must not commit, and the
/// indexer stops rather than retrying, since every later commit would meet the same refusal.
/// </summary>
public sealed class IndexLockLostException(string message) : IOException(message);
