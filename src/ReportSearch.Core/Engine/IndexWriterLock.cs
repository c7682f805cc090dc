namespace ReportSearch.Engine;

/// <summary>
/// Makes sure only one process writes an index: an exclusive lock on a file in the index folder, held for
/// the writer's life. Lucene's own write.lock guards each generation folder, but Lucene.Net's native lock
/// did not keep a second process out on Linux here, and a rebuild's generations need one lock over all of
/// them anyway. The operating system drops the lock when the process ends, even on kill -9.
/// </summary>
public sealed class IndexWriterLock : IDisposable
{
    public const string FileName = "writer.lock";
    private readonly FileStream _stream;

    private IndexWriterLock(FileStream stream) => _stream = stream;

    public static IndexWriterLock Acquire(string indexDirectory)
    {
        Directory.CreateDirectory(indexDirectory);
        var path = Path.Combine(indexDirectory, FileName);
        try
        {
            var stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            stream.SetLength(0);
            using (var w = new StreamWriter(stream, leaveOpen: true)) w.Write(Environment.ProcessId);
            return new IndexWriterLock(stream);
        }
        catch (IOException e)
        {
            throw new IndexLockedException(
                $"Another indexer is already writing the index at '{Path.GetFullPath(indexDirectory)}' (lock file {path}). Stop it first, or point this one at another --index.", e);
        }
    }

    public void Dispose() => _stream.Dispose();
}
