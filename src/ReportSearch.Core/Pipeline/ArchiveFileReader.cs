using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;
using ReportSearch.Ingestion;
using ReportSearch.Platform;

namespace ReportSearch.Pipeline;

/// <summary>
/// Reads a file the scanner offered without trusting that its path still means what it meant at the scan: the
/// path may have been replaced since by a FIFO, a device or a link out of the archive. It is opened without
/// following a final link and without blocking (a FIFO's open would wait for a writer for ever), and then the
/// open descriptor itself is checked: it must be a regular file, and its real path must lie inside the archive.
/// Only then is anything read, and never more than the size limit, whatever the file claims.
/// </summary>
public static class ArchiveFileReader
{
    /// <param name="path">The file to open: the scanned path, or for a link in the archive its checked target.</param>
    /// <exception cref="UnreadableFileException">Not a regular file, outside the archive, or over <paramref name="maxBytes"/>.</exception>
    /// <exception cref="FileNotFoundException">The file vanished since the scan.</exception>
    public static byte[] ReadAll(string path, ArchiveBoundary boundary, long maxBytes) =>
        ReadAtMost(path, boundary, maxBytes, out var length) ?? throw new UnreadableFileException(TooLarge(length, maxBytes));

    /// <summary>As <see cref="ReadAll"/>, but a file over <paramref name="maxBytes"/> gives null and its <paramref name="length"/>.</summary>
    public static byte[]? ReadAtMost(string path, ArchiveBoundary boundary, long maxBytes, out long length)
    {
        if (!FileFacts.Supported) return ReadPortable(path, maxBytes, out length);
        int descriptor = open(path, ReadOnly | NonBlocking | NoFollow | CloseOnExec | NoControllingTerminal, 0);
        if (descriptor < 0) throw OpenError(Marshal.GetLastPInvokeError());
        using var handle = new SafeFileHandle(descriptor, ownsHandle: true);
        var kind = FileFacts.KindOf(descriptor) ?? FileKind.Unknown;
        if (kind != FileKind.Regular) throw new UnreadableFileException(FileFacts.NotRegular(kind));
        // The kernel's name for what was opened: a folder swapped for a link out of the archive shows here.
        var opened = RealPath.Of($"/proc/self/fd/{descriptor}") ?? throw new FileNotFoundException("vanished while it was opened");
        if (!boundary.Contains(opened)) throw new UnreadableFileException("link points outside the archive");
        return ReadBounded(handle, maxBytes, out length);
    }

    private static byte[]? ReadBounded(SafeFileHandle handle, long maxBytes, out long length)
    {
        length = RandomAccess.GetLength(handle);
        if (length > maxBytes) return null;
        var buffer = new byte[length];
        int total = 0;
        while (total < buffer.Length)
        {
            int read = RandomAccess.Read(handle, buffer.AsSpan(total), total);
            if (read == 0) break; // truncated while being read: what is there is what the next scan sees changed
            total += read;
        }
        return total == buffer.Length ? buffer : buffer[..total];
    }

    private static byte[]? ReadPortable(string path, long maxBytes, out long length)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1, FileOptions.None);
        length = stream.Length;
        if (length > maxBytes) return null;
        using var copy = new MemoryStream((int)stream.Length);
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    /// <summary>Worded as <see cref="ReportParsers.Refusal"/> words the same refusal made from the scan's size.</summary>
    internal static string TooLarge(long length, long maxBytes) => $"file too large ({length} bytes, limit {maxBytes})";

    private static Exception OpenError(int errno) => errno switch
    {
        2 => new FileNotFoundException("vanished before it could be read"),       // ENOENT
        20 => new DirectoryNotFoundException("vanished before it could be read"), // ENOTDIR
        1 or 13 => new UnauthorizedAccessException("permission denied"),         // EPERM, EACCES
        40 => new UnreadableFileException("replaced by a link after the scan"),  // ELOOP: O_NOFOLLOW met a link
        6 => new UnreadableFileException(FileFacts.NotRegular(FileKind.Socket)), // ENXIO: a socket cannot be opened
        _ => new IOException($"cannot be opened (errno {errno})"),
    };

    private const int ReadOnly = 0, NoControllingTerminal = 0x100, NonBlocking = 0x800, CloseOnExec = 0x80000;
    // O_NOFOLLOW is the one flag here whose value differs between Linux architectures.
    private static readonly int NoFollow = RuntimeInformation.ProcessArchitecture is Architecture.Arm64 or Architecture.Arm ? 0x8000 : 0x20000;

#pragma warning disable SYSLIB1054 // DllImport keeps the project free of unsafe code (as RealPath does).
    [DllImport("libc", SetLastError = true)]
    private static extern int open([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, int mode);
#pragma warning restore SYSLIB1054
}
