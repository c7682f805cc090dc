using System.Runtime.InteropServices;

namespace ReportSearch.Platform;

/// <summary>What a directory entry is, as the kernel's file type bits say (never guessed from its name or size).</summary>
public enum FileKind { Regular, Directory, Link, Fifo, Socket, CharacterDevice, BlockDevice, Unknown }

/// <summary>
/// The type and identity of a file from <c>statx</c>, without opening it. Opening is what hangs on a FIFO and
/// what reads for ever from a device that reports size 0, so the scanner asks this first. Linux only: elsewhere
/// <see cref="Supported"/> is false and the caller keeps .NET's own checks.
/// </summary>
public static partial class FileFacts
{
    public static bool Supported => OperatingSystem.IsLinux();

    /// <summary>The entry itself (a link is <see cref="FileKind.Link"/>); null when it does not exist (any more).</summary>
    public static FileKind? KindOf(string path) => Stat(AtCurrentDirectory, path, AtSymlinkNoFollow, out var mode) ? Kind(mode) : null;

    /// <summary>What the entry leads to, links followed; null when that does not exist.</summary>
    public static FileKind? TargetKindOf(string path) => Stat(AtCurrentDirectory, path, 0, out var mode) ? Kind(mode) : null;

    /// <summary>The kind of an open descriptor: what was really opened, whatever the path meant at the time.</summary>
    public static FileKind? KindOf(int descriptor) => Stat(descriptor, "", AtEmptyPath, out var mode) ? Kind(mode) : null;

    /// <summary>The file's identity (device and inode), links followed; null when it does not exist.</summary>
    public static (ulong Device, ulong Inode)? IdentityOf(string path) => Identity(AtCurrentDirectory, path, 0);

    /// <summary>The identity of what an open descriptor refers to.</summary>
    public static (ulong Device, ulong Inode)? IdentityOf(int descriptor) => Identity(descriptor, "", AtEmptyPath);

    private static (ulong Device, ulong Inode)? Identity(int directory, string path, int flags)
    {
        if (!Supported) return null;
        var buffer = new byte[StatxSize];
        if (statx(directory, path, flags, StatxBasic, buffer) != 0) return null;
        ulong device = (ulong)BitConverter.ToUInt32(buffer, DeviceMajorOffset) << 32 | BitConverter.ToUInt32(buffer, DeviceMinorOffset);
        return (device, BitConverter.ToUInt64(buffer, InodeOffset));
    }

    /// <summary>The skip reason for anything but a regular file, in the words the skipped list uses.</summary>
    public static string NotRegular(FileKind kind) => kind switch
    {
        FileKind.Fifo => "not a regular file: a FIFO (named pipe)",
        FileKind.Socket => "not a regular file: a socket",
        FileKind.CharacterDevice => "not a regular file: a character device",
        FileKind.BlockDevice => "not a regular file: a block device",
        FileKind.Directory => "not a regular file: a folder",
        FileKind.Link => "not a regular file: a link",
        _ => "not a regular file",
    };

    private static FileKind Kind(uint mode) => (mode & 0xF000) switch
    {
        0x8000 => FileKind.Regular,
        0x4000 => FileKind.Directory,
        0xA000 => FileKind.Link,
        0x1000 => FileKind.Fifo,
        0xC000 => FileKind.Socket,
        0x2000 => FileKind.CharacterDevice,
        0x6000 => FileKind.BlockDevice,
        _ => FileKind.Unknown,
    };

    private const int AtCurrentDirectory = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const int AtEmptyPath = 0x1000;
    private const uint StatxType = 0x1;
    // struct statx has one layout on every Linux architecture: stx_mode is the u16 at byte 28 of 256.
    private const int StatxSize = 256, ModeOffset = 28, InodeOffset = 32, DeviceMajorOffset = 136, DeviceMinorOffset = 140;
    private const uint StatxBasic = 0x7FF;

    private static bool Stat(int directory, string path, int flags, out uint mode)
    {
        mode = 0;
        if (!Supported) return false;
        var buffer = new byte[StatxSize];
        if (statx(directory, path, flags, StatxType, buffer) != 0) return false;
        mode = BitConverter.ToUInt16(buffer, ModeOffset);
        return true;
    }

#pragma warning disable SYSLIB1054 // DllImport keeps the project free of unsafe code (as RealPath does).
    [DllImport("libc", SetLastError = true)]
    private static extern int statx(int dirfd, [MarshalAs(UnmanagedType.LPUTF8Str)] string pathname, int flags, uint mask, byte[] buffer);
#pragma warning restore SYSLIB1054
}
