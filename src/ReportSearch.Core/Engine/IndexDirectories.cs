using Lucene.Net.Store;

namespace ReportSearch.Engine;

/// <summary>
/// How index folders are opened. Positional reads through the operating system's page cache (NIOFSDirectory)
/// rather than memory maps: with maps, every page a search or a merge touches counts to the process's working
/// set (450 MB for a host on a 1 GB archive, 1.6 GB for the indexer during its merge), while the page cache
/// serves the same reads without charging them to the process. Each read is a system call, so the reads are made 8 KB
/// at a time instead of Lucene's 1 KB (<see cref="ReadBufferBytes"/>).
/// </summary>
internal static class IndexDirectories
{
    public static FSDirectory Open(string path) => new ReadBufferedDirectory(new DirectoryInfo(path));

    /// <summary>
    /// How many bytes an index input reads at a time. With Lucene's 1 KB a host on a 5 GB archive spent 16% of its CPU
    /// in the read calls of postings (and a file-status call each); with 8 KB it spent 2.8–3.4 ms of CPU a request
    /// against 3.2–4.0 (8 alternating runs of `reportsearch-bench http`, 8 clients, 2026-12-05), with no larger working
    /// set. 16 KB cost more again (3.2–3.9 ms): a random read, a stored field's, then copies bytes it does not use.
    /// Merges already read 4 KB at a time (Lucene's merge buffer), and keep the larger of the two.
    /// </summary>
    internal const int ReadBufferBytes = 8192;

    private sealed class ReadBufferedDirectory(DirectoryInfo path) : NIOFSDirectory(path)
    {
        public override IndexInput OpenInput(string name, IOContext context) => Buffered(base.OpenInput(name, context));

        public override IndexInputSlicer CreateSlicer(string name, IOContext context) => new BufferedSlicer(base.CreateSlicer(name, context));

        private sealed class BufferedSlicer(IndexInputSlicer inner) : IndexInputSlicer
        {
            public override IndexInput OpenSlice(string sliceDescription, long offset, long length) => Buffered(inner.OpenSlice(sliceDescription, offset, length));

            [Obsolete("Only for reading CFS files from 3.x indexes.")]
            public override IndexInput OpenFullSlice() => Buffered(inner.OpenFullSlice());

            protected override void Dispose(bool disposing)
            {
                if (disposing) inner.Dispose();
            }
        }
    }

    private static IndexInput Buffered(IndexInput input)
    {
        if (input is BufferedIndexInput buffered && buffered.BufferSize < ReadBufferBytes) buffered.SetBufferSize(ReadBufferBytes);
        return input;
    }
}
