using System.Security.Cryptography;
using System.Text;
using ReportSearch.Index;
using ReportSearch.Search;

namespace ReportSearch.Host.Indexing;

/// <summary>
/// The read side of the index for all requests. The index file may appear after the host starts (first
/// in-process pass, or a separate worker), so it is opened on first use and kept: SqliteReportIndex opens a
/// pooled connection per read and is safe to share across requests.
/// </summary>
public sealed class IndexProvider(IndexingSettings settings) : IDisposable
{
    private readonly Lock _gate = new();
    private SqliteReportIndex? _index;
    private SearchService? _search;

    /// <exception cref="IndexNotFoundException">No index has been written yet.</exception>
    public SearchService Search => Open().Search;

    /// <exception cref="IndexNotFoundException">No index has been written yet.</exception>
    public IReportIndex Index => Open().Index;

    /// <summary>
    /// Changes whenever the index files change (a commit writes the WAL, a checkpoint the main file): part of
    /// the ETag of API responses, so caches revalidate cheaply and never serve results of an older index.
    /// </summary>
    public string Version()
    {
        var db = Path.Combine(settings.IndexDirectory, SqliteReportIndex.FileName);
        var text = new StringBuilder();
        foreach (var file in new[] { db, db + "-wal" })
        {
            var info = new FileInfo(file);
            text.Append(info.Exists ? $"{info.Length}:{info.LastWriteTimeUtc.Ticks};" : "-;");
        }
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())), 0, 8);
    }

    private (SqliteReportIndex Index, SearchService Search) Open()
    {
        lock (_gate)
        {
            if (_index is null)
            {
                _index = SqliteReportIndex.OpenForReading(settings.IndexDirectory);
                _search = new SearchService(_index);
            }
            return (_index, _search!);
        }
    }

    public void Dispose()
    {
        lock (_gate) _index?.Dispose();
    }
}
