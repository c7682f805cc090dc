using System.Buffers.Binary;
using System.Text.Encodings.Web;
using System.Text.Json;
using ReportSearch.Ingestion;

namespace ReportSearch.Pipeline.Extraction;

/// <summary>What a child worker is told once, when it starts: how to build its parsers and its budget.</summary>
public sealed record ExtractionChildSettings(long MaxFileBytes, bool Ocr, string Index, string? OcrMyPdfPath, string? LibreOfficePath,
    int MemoryLimitMegabytes, int ParentProcessId)
{
    public static ExtractionChildSettings Of(IndexerSettings s) =>
        new(s.MaxFileBytes, s.Ocr, Path.GetFullPath(s.Index), s.OcrMyPdfPath, s.LibreOfficePath, s.ExtractionMemoryMegabytes, Environment.ProcessId);

    public IndexerSettings ToIndexerSettings() => new()
    {
        MaxFileBytes = MaxFileBytes, Ocr = Ocr, Index = Index, OcrMyPdfPath = OcrMyPdfPath, LibreOfficePath = LibreOfficePath,
        ExtractionMemoryMegabytes = MemoryLimitMegabytes,
    };
}

/// <summary>One file for a child worker to extract.</summary>
public sealed record ExtractionRequest(SourceFile File, string? IndexedId, IReadOnlyList<string> RealRoots);

/// <summary>
/// The parent and its child workers talk over the child's standard input and output in frames: a 4-byte
/// little-endian length, then that many bytes of UTF-8 JSON. The parent sends the settings once, then one request
/// per file; the child answers each request with one result.
/// </summary>
public static class ExtractionProtocol
{
    // Report texts are Chinese: escaping every character as \uXXXX would triple the bytes sent.
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write<T>(Stream stream, T message)
    {
        var payload = JsonSerializer.SerializeToUtf8Bytes(message, Json);
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(length, payload.Length);
        stream.Write(length);
        stream.Write(payload);
        stream.Flush();
    }

    /// <summary>The next message; null when the other side closed the stream (at a frame boundary or not).</summary>
    public static T? Read<T>(Stream stream) where T : class =>
        ReadPayload(stream) is { } payload ? JsonSerializer.Deserialize<T>(payload, Json) : null;

    public static async Task<T?> ReadAsync<T>(Stream stream) where T : class
    {
        var length = new byte[4];
        if (!await ReadExactlyAsync(stream, length)) return null;
        var payload = new byte[BinaryPrimitives.ReadInt32LittleEndian(length)];
        if (!await ReadExactlyAsync(stream, payload)) return null;
        return JsonSerializer.Deserialize<T>(payload, Json);
    }

    private static byte[]? ReadPayload(Stream stream)
    {
        var length = new byte[4];
        if (!ReadExactly(stream, length)) return null;
        var payload = new byte[BinaryPrimitives.ReadInt32LittleEndian(length)];
        return ReadExactly(stream, payload) ? payload : null;
    }

    private static bool ReadExactly(Stream stream, byte[] buffer)
    {
        try { stream.ReadExactly(buffer); return true; }
        catch (EndOfStreamException) { return false; }
    }

    private static async Task<bool> ReadExactlyAsync(Stream stream, byte[] buffer)
    {
        try { await stream.ReadExactlyAsync(buffer); return true; }
        catch (EndOfStreamException) { return false; }
        catch (IOException) { return false; }
        catch (ObjectDisposedException) { return false; }
    }
}
