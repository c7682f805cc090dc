using System.Runtime.InteropServices;

namespace ReportSearch.Pipeline;

/// <summary>
/// The canonical path of a file or folder: every link along the way resolved, as the kernel would. .NET only
/// resolves the last component of a link, which is not enough to tell whether a path stays inside a root.
/// </summary>
internal static partial class RealPath
{
    /// <summary>The real path, or null when it does not resolve (a broken link, a vanished entry).</summary>
    public static string? Of(string path)
    {
        if (OperatingSystem.IsWindows()) return OfWindows(path);
        var resolved = realpath(path, IntPtr.Zero);
        if (resolved == IntPtr.Zero) return null;
        try { return Marshal.PtrToStringUTF8(resolved); }
        finally { free(resolved); }
    }

    private static string? OfWindows(string path)
    {
        try
        {
            var info = new FileInfo(path);
            if (info.LinkTarget is null) return Path.Exists(path) ? Path.GetFullPath(path) : null;
            var target = info.ResolveLinkTarget(returnFinalTarget: true);
            return target is not null && target.Exists || Directory.Exists(target?.FullName) ? Path.GetFullPath(target!.FullName) : null;
        }
        catch (IOException) { return null; }
    }

#pragma warning disable SYSLIB1054 // DllImport keeps the project free of unsafe code; the call is not hot.
    [DllImport("libc", SetLastError = true)]
    private static extern IntPtr realpath([MarshalAs(UnmanagedType.LPUTF8Str)] string path, IntPtr resolved);

    [DllImport("libc")]
    private static extern void free(IntPtr pointer);
#pragma warning restore SYSLIB1054
}
