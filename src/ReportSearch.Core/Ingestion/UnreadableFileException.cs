namespace ReportSearch.Ingestion;

/// <summary>A file that cannot be indexed; <see cref="Exception.Message"/> is the reason kept in the index.</summary>
public sealed class UnreadableFileException(string reason, Exception? inner = null) : Exception(reason, inner);
