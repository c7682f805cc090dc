using System.Diagnostics;
using System.Net.Sockets;
using ReportSearch.Engine;
using ReportSearch.Ingestion;
using ReportSearch.Pipeline;

namespace ReportSearch.Core.Tests.Attack;

/// <summary>
/// Entries of an archive that are not regular files (FIFOs, sockets, devices), dot files, and sidecars that lead
/// out of the archive: each is listed as skipped with its reason before anything opens it, and the scan finishes.
/// A FIFO's open() blocks until a writer comes, so a scan that opened one would never return: the runs below are
/// guarded by a generous timeout that only a hang reaches (it is not a performance threshold).
/// </summary>
public class SpecialFileTests
{
    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(5);
    private const string OutsideMarker = "外部侧车标题zqmarkoutside";

    [Fact]
    public void Fifo_socket_dot_file_and_outside_sidecars_are_skipped_with_their_reasons_and_the_rest_is_indexed()
    {
        using var t = new TestIndex();
        var a = t.Archive;
        var outside = Path.Combine(t.Root, "outside");
        Directory.CreateDirectory(outside);
        File.WriteAllText(Path.Combine(outside, "side.meta.json"), $$"""{"title":"{{OutsideMarker}}","district":"外部区"}""");

        t.Write("good.txt", "西园街道2020年工作总结\n\n西园街道实行六个一工作机制。\n");
        t.Write("pipe-before.txt", "北园街道2020年工作总结\n\n北园街道实行六个一工作机制。\n"); // sorted before the FIFO
        Shell($"mkfifo '{a}/pipe.txt'");
        using var socket = BindSocket(Path.Combine(a, "sock.html"));
        t.Write(".hidden.txt", "隐藏街道2020年工作总结\n\n隐藏街道实行六个一工作机制。\n");
        t.Write("links/sidecar_out.txt", "东园街道2020年工作总结\n\n东园街道实行六个一工作机制。\n");
        File.CreateSymbolicLink(Path.Combine(a, "links", "sidecar_out.txt.meta.json"), Path.Combine(outside, "side.meta.json"));
        t.Write("links/sidecar_in.txt", "南园街道2020年工作总结\n\n南园街道实行六个一工作机制。\n");
        t.Write("links/shared.meta.json", """{"title":"南园侧车标题zqmarkinside"}""");
        File.CreateSymbolicLink(Path.Combine(a, "links", "sidecar_in.txt.meta.json"), Path.Combine(a, "links", "shared.meta.json"));
        t.Write("meta/fifo-side.txt", "中园街道2020年工作总结\n\n中园街道实行六个一工作机制。\n");
        Shell($"mkfifo '{a}/meta/fifo-side.txt.meta.json'");
        File.CreateSymbolicLink(Path.Combine(a, "link-to-pipe.txt"), Path.Combine(a, "pipe.txt"));

        var run = IndexGuarded(t);
        var reasons = run.Skipped.ToDictionary(s => s.Path, s => s.Reason);
        Assert.Equal(new Dictionary<string, string>
        {
            ["pipe.txt"] = "not a regular file: a FIFO (named pipe)",
            ["sock.html"] = "not a regular file: a socket",
            [".hidden.txt"] = "hidden file",
            ["links/sidecar_out.txt.meta.json"] = "sidecar ignored: link points outside the archive",
            ["meta/fifo-side.txt.meta.json"] = "sidecar ignored: not a regular file: a FIFO (named pipe)",
            ["link-to-pipe.txt"] = "link does not point to a regular file",
        }, reasons);
        Assert.Equal(5, run.Added);

        Assert.Equal(0, t.Search("zqmarkoutside").Total);
        Assert.Equal(0, t.Search("外部区").Total);
        var inside = Assert.Single(t.Search("南园街道").Hits);
        Assert.Equal("南园侧车标题zqmarkinside", inside.Title); // a sidecar link inside the archive is used
        Assert.Single(t.Search("东园街道").Hits);              // the report of the outside sidecar, without it
        Assert.Single(t.Search("中园街道").Hits);
        Assert.Equal(0, t.Search("隐藏街道").Total);

        // The skips are kept in the index's status, with the same reasons, for `stats` and the host.
        using var index = ReportIndexes.OpenForReading(t.IndexDir);
        var recorded = index.Statistics().Skipped.ToDictionary(s => s.Path, s => s.Reason);
        foreach (var (path, reason) in reasons) Assert.Equal(reason, recorded[path]);
    }

    [DeviceNodeFact]
    public void A_character_device_named_txt_is_skipped_by_type_and_the_files_beside_it_are_indexed()
    {
        using var t = new TestIndex();
        t.Write("a-before.txt", "西园街道2020年工作总结\n\n西园街道实行六个一工作机制。\n");
        Shell($"mknod '{t.Archive}/zero.txt' c 1 5 && mknod '{t.Archive}/urandom.html' c 1 9 && mknod '{t.Archive}/loop.txt' b 7 200");
        t.Write("z-after.txt", "北园街道2020年工作总结\n\n北园街道实行六个一工作机制。\n");

        var run = IndexGuarded(t);
        Assert.Equal(new Dictionary<string, string>
        {
            ["zero.txt"] = "not a regular file: a character device",
            ["urandom.html"] = "not a regular file: a character device",
            ["loop.txt"] = "not a regular file: a block device",
        }, run.Skipped.ToDictionary(s => s.Path, s => s.Reason));
        Assert.Equal(2, run.Added);
    }

    // The check at the scan and the open are two moments: whatever the path became in between, the reader
    // opens without following a final link, never blocks, and checks what it opened.
    [Fact]
    public void The_reader_refuses_a_path_replaced_after_the_scan()
    {
        using var t = new TestIndex();
        var a = t.Archive;
        var outside = Path.Combine(t.Root, "outside");
        Directory.CreateDirectory(outside);
        File.WriteAllText(Path.Combine(outside, "secret.txt"), "机密");
        t.Write("plain.txt", "正文");
        Shell($"mkfifo '{a}/fifo.txt'");
        File.CreateSymbolicLink(Path.Combine(a, "link.txt"), Path.Combine(outside, "secret.txt"));
        Directory.CreateSymbolicLink(Path.Combine(a, "swapped"), outside);
        var boundary = ArchiveBoundary.Of([a]);

        string Refusal(string relative)
        {
            var read = Task.Run(() => ArchiveFileReader.ReadAll(Path.Combine(a, relative), boundary, 1 << 20));
            Assert.True(Task.WaitAny([read], HangGuard) == 0, $"reading {relative} hung");
            return Assert.IsType<UnreadableFileException>(read.Exception?.InnerException).Message;
        }

        Assert.Equal("正文"u8.ToArray(), ArchiveFileReader.ReadAll(Path.Combine(a, "plain.txt"), boundary, 1 << 20));
        Assert.Equal("not a regular file: a FIFO (named pipe)", Refusal("fifo.txt"));
        Assert.Equal("replaced by a link after the scan", Refusal("link.txt"));
        // A folder on the way swapped for a link out of the archive: only the opened file's real path shows it.
        Assert.Equal("link points outside the archive", Refusal("swapped/secret.txt"));
        Assert.Equal("file too large (6 bytes, limit 5)", Assert.Throws<UnreadableFileException>(() => ArchiveFileReader.ReadAll(Path.Combine(a, "plain.txt"), boundary, 5)).Message);
        Assert.Throws<FileNotFoundException>(() => ArchiveFileReader.ReadAll(Path.Combine(a, "gone.txt"), boundary, 1 << 20));
    }

    private static IndexRunResult IndexGuarded(TestIndex t)
    {
        var run = Task.Run(() =>
        {
            using var index = ReportIndexes.OpenForWriting(t.IndexDir);
            return new ArchiveIndexer(index, ReportParsers.Default(), new IndexerSettings { BatchFiles = 2 }).Run([t.Archive]);
        });
        Assert.True(run.Wait(HangGuard), "indexing did not finish (a FIFO or device was opened?)");
        return run.Result;
    }

    private static Socket BindSocket(string path)
    {
        var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        socket.Bind(new UnixDomainSocketEndPoint(path));
        return socket;
    }

    internal static void Shell(string script)
    {
        using var p = Process.Start(new ProcessStartInfo("/bin/sh", ["-c", script]) { UseShellExecute = false })!;
        p.WaitForExit();
        Assert.Equal(0, p.ExitCode);
    }
}

/// <summary>A test that makes device nodes: it needs root (mknod). Otherwise it is skipped with that reason.</summary>
public sealed class DeviceNodeFactAttribute : FactAttribute
{
    public DeviceNodeFactAttribute()
    {
        if (!OperatingSystem.IsLinux()) Skip = "device nodes are tested on Linux only";
        else if (!Environment.IsPrivilegedProcess) Skip = "making a device node (mknod) needs root; run the tests as root to cover it";
    }
}
