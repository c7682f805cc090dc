namespace ReportSearch.Engine;

/// <summary>The index folder holds no index yet.</summary>
public sealed class IndexNotFoundException(string message) : Exception(message);
