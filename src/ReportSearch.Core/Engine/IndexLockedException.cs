namespace ReportSearch.Engine;

/// <summary>Another process holds the index's write.lock: only one writer per index.</summary>
public sealed class IndexLockedException(string message, Exception inner) : Exception(message, inner);
