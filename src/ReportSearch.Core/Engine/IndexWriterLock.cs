using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;
using ReportSearch.Platform;

namespace ReportSearch.Engine;

/// <summary>
/// Makes sure only one process writes an index. Exclusion rests on an flock held on a descriptor of the index
/// folder itself, kept open for the writer's life: a file name can be deleted by an operator clearing "stale"
/// locks (a second writer then locks a new file of the same name and corrupts the index), a folder with an index
/// in it cannot. Before every commit <see cref="Verify"/> checks that the folder's path still leads to the inode
/// the lock is held on. <c>writer.lock</c> stays, with the writer's process id, for operators and for older
/// versions, which lock only it. Lucene's own write.lock guards each generation folder, but Lucene.Net's native
/// lock did not keep a second process out on Linux here. The operating system drops every lock when the process
/// ends, even on kill -9. (Without flock, on Windows, the writer.lock file alone excludes: it cannot be deleted
/// while it is open.)
/// </summary>
public sealed class IndexWriterLock : IDisposable
{
    public const string FileName = "writer.lock";
    private readonly FileStream _stream;
    private readonly SafeFileHandle? _folder;
    private readonly string _directory;

    private IndexWriterLock(FileStream stream, SafeFileHandle? folder, string directory)
    {
        _stream = stream;
        _folder = folder;
        _directory = directory;
    }

    public static IndexWriterLock Acquire(string indexDirectory)
    {
        Directory.CreateDirectory(indexDirectory);
        var directory = Path.GetFullPath(indexDirectory);
        var path = Path.Combine(directory, FileName);
        var folder = FileFacts.Supported ? LockFolder(directory, path) : null;
        try
        {
            var stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            stream.SetLength(0);
            using (var w = new StreamWriter(stream, leaveOpen: true)) w.Write(Environment.ProcessId);
            return new IndexWriterLock(stream, folder, directory);
        }
        catch (IOException e)
        {
            folder?.Dispose();
            throw Locked(directory, path, e);
        }
    }

    /// <summary>
    /// Throws <see cref="IndexLockLostException"/> when the index folder this writer locked is no longer the one at
    /// its path (deleted or replaced): a commit now could meet another writer's files.
    /// </summary>
    public void Verify()
    {
        if (_folder is null) return;
        var held = FileFacts.IdentityOf((int)_folder.DangerousGetHandle());
        var onDisk = FileFacts.IdentityOf(_directory);
        if (held is null || held != onDisk)
            throw new IndexLockLostException(
                $"The index folder '{_directory}' was deleted or replaced while this indexer held its lock: refusing to commit. Stop this indexer; the index is left as at its last commit.");
    }

    private static SafeFileHandle LockFolder(string directory, string lockPath)
    {
        int descriptor = open(directory, ReadOnly | CloseOnExec, 0);
        if (descriptor < 0) throw new IOException($"cannot open the index folder '{directory}' to lock it (errno {Marshal.GetLastPInvokeError()})");
        var handle = new SafeFileHandle(descriptor, ownsHandle: true);
        if (flock(descriptor, LockExclusive | LockNonBlocking) == 0) return handle;
        int errno = Marshal.GetLastPInvokeError();
        handle.Dispose();
        throw Locked(directory, lockPath, new IOException($"flock failed (errno {errno})"));
    }

    private static IndexLockedException Locked(string directory, string lockPath, Exception inner) => new(
        $"Another indexer is already writing the index at '{directory}' (lock file {lockPath}). Stop it first, or point this one at another --index.", inner);

    public void Dispose()
    {
        _stream.Dispose();
        _folder?.Dispose();
    }

    private const int ReadOnly = 0, CloseOnExec = 0x80000, LockExclusive = 2, LockNonBlocking = 4;

#pragma warning disable SYSLIB1054 // DllImport keeps the project free of unsafe code (as RealPath does).
    [DllImport("libc", SetLastError = true)]
    private static extern int open([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, int mode);

    [DllImport("libc", SetLastError = true)]
    private static extern int flock(int descriptor, int operation);
#pragma warning restore SYSLIB1054
}
