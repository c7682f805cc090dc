using Lucene.Net.Store;

namespace ReportSearch.Engine;

/// <summary>
/// How index folders are opened. Positional reads through the operating system's page cache (NIOFSDirectory)
/// rather than memory maps: with maps, every page a search or a merge touches counts to the process's working
/// set (450 MB for a host on a 1 GB archive, 1.6 GB for the indexer during its merge), while the page cache
/// serves the same reads without charging them to the process.
/// </summary>
internal static class IndexDirectories
{
    public static FSDirectory Open(string path) => new NIOFSDirectory(new DirectoryInfo(path));
}
