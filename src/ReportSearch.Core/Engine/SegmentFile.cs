using System.Text;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace ReportSearch.Engine;

/// <summary>
/// A file a <see cref="PayloadView{TPart, TView}"/> keeps beside one Lucene segment: what it derived from the segment's
/// payloads, written once and read by every later snapshot (and process) that still contains the segment, so that a
/// view of a new snapshot reads the payloads of its new segments only. Segments never change, so neither does the
/// file; deletions are applied from the snapshot's live documents when the view is combined.
/// <para>The files lie in the <see cref="Folder"/> subfolder of the index folder: Lucene's file deleter removes
/// every file of the index folder that matches its segment-file pattern and no commit references, and it does not
/// look into subfolders. A file is written under a temporary name and renamed, so a reader never sees half of
/// one; it names the segment it belongs to (<see cref="Identity"/>), so a file left by another index that was once in
/// the same folder is never taken for this one's. A file whose segment is gone is deleted by the next writer of a
/// file (<see cref="DeleteStale"/>). Where the folder cannot be written (a read-only copy of an index) there is no
/// file, and the view reads the payloads as before.</para>
/// </summary>
public sealed class SegmentFile
{
    /// <summary>The subfolder of the index folder that holds the files.</summary>
    public const string Folder = "views";

    private static readonly byte[] Magic = "RSSEGVIEW1"u8.ToArray();

    private readonly string _indexFolder;
    private readonly string _segment;

    /// <summary>Where the file is.</summary>
    public string Path { get; }

    /// <summary>The segment's name, document count and the time Lucene wrote it: a segment's name is used once in an
    /// index, but an index built anew in the same folder starts its names again.</summary>
    public string Identity { get; }

    private SegmentFile(string indexFolder, string segment, string name, string identity)
    {
        _indexFolder = indexFolder;
        _segment = segment;
        Path = System.IO.Path.Combine(indexFolder, Folder, $"{segment}.{name}");
        Identity = identity;
    }

    /// <summary>The file named <paramref name="name"/> of the segment <paramref name="reader"/> reads; null when it is
    /// not a segment of an index folder on disk (a file could not be kept for it).</summary>
    public static SegmentFile? For(AtomicReader reader, string name)
    {
        if (reader is not SegmentReader segment || segment.SegmentInfo.Info is not { Dir: FSDirectory folder } info) return null;
        string? written = null;
        info.Diagnostics?.TryGetValue("timestamp", out written);
        return new SegmentFile(folder.Directory.FullName, info.Name, name, $"{info.Name} {info.DocCount} {written}");
    }

    /// <summary>The file's content, as a stream positioned at its start and ending with it (the caller disposes it);
    /// null when there is no file, or it belongs to another segment, or it is incomplete.</summary>
    public Stream? OpenRead()
    {
        FileStream stream;
        try { stream = new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, ReadBufferBytes); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return null; }
        try
        {
            using (var r = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true))
            {
                if (!r.ReadBytes(Magic.Length).AsSpan().SequenceEqual(Magic) || r.ReadString() != Identity || r.ReadInt64() != stream.Length - stream.Position)
                {
                    stream.Dispose();
                    return null;
                }
            }
            return stream;
        }
        catch (Exception e) when (e is IOException or FormatException)
        {
            stream.Dispose();
            return null;
        }
    }

    /// <summary>Files are read front to back, a table at a time.</summary>
    private const int ReadBufferBytes = 64 * 1024;

    /// <summary>Writes the file with what <paramref name="write"/> writes (the last writer wins: all write the same);
    /// false when it could not be written.</summary>
    public bool TryWrite(Action<Stream> write)
    {
        string? temporary = null;
        try
        {
            System.IO.Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
            temporary = $"{Path}.{Environment.ProcessId}.{Guid.NewGuid():N}{TemporarySuffix}";
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, ReadBufferBytes))
            {
                using var w = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
                w.Write(Magic);
                w.Write(Identity);
                long lengthAt = stream.Position;
                w.Write(0L);
                w.Flush();
                write(stream);
                long length = stream.Position - lengthAt - sizeof(long);
                stream.Position = lengthAt;
                w.Write(length);
                w.Flush();
                // On disk before it takes its name: after a crash a renamed file whose blocks were never written would
                // read as zeros, which decode as plausible mentions.
                stream.Flush(flushToDisk: true);
            }
            File.Move(temporary, Path, overwrite: true);
            temporary = null;
            DeleteStale();
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return false; }
        finally
        {
            if (temporary is not null) try { File.Delete(temporary); } catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
        }
    }

    /// <summary>Deletes a file found damaged: the view reads the payloads instead.</summary>
    public void Delete()
    {
        try { File.Delete(Path); } catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
    }

    private const string TemporarySuffix = ".tmp";

    /// <summary>A temporary file older than this was left by a process that stopped while writing it.</summary>
    private static readonly TimeSpan AbandonedAfter = TimeSpan.FromHours(1);

    /// <summary>Deletes the files of segments that are no longer in the index folder (Lucene deleted their files
    /// after a merge or a rebuild): no reader can open such a segment again, so no view will read its file.</summary>
    private void DeleteStale()
    {
        foreach (var file in System.IO.Directory.EnumerateFiles(System.IO.Path.Combine(_indexFolder, Folder)))
        {
            var name = System.IO.Path.GetFileName(file);
            int dot = name.IndexOf('.');
            if (dot <= 0) continue;
            var segment = name[..dot];
            bool stale = name.EndsWith(TemporarySuffix, StringComparison.Ordinal)
                ? DateTime.UtcNow - File.GetLastWriteTimeUtc(file) > AbandonedAfter
                : segment != _segment && !File.Exists(System.IO.Path.Combine(_indexFolder, segment + ".si"));
            if (stale) try { File.Delete(file); } catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
        }
    }
}
