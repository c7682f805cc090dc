using System.Security.Cryptography;

namespace ReportSearch.Ingestion;

/// <summary>
/// Results of slow conversions (OCR, LibreOffice) kept on disk under the SHA-256 of the input, so the same content
/// is converted once however often it is rescanned, renamed or copied.
/// </summary>
internal sealed class ContentCache(string folder)
{
    public string Folder { get; } = folder;

    public static string Hash(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));

    public string PathFor(string hash, string extension) => Path.Combine(Folder, hash[..2], hash + extension);

    public byte[]? TryRead(string hash, string extension)
    {
        var path = PathFor(hash, extension);
        try { return File.Exists(path) ? File.ReadAllBytes(path) : null; }
        catch (IOException) { return null; }
    }

    /// <summary>
    /// Remembers that converting this content failed, so rescans (which retry every skipped file) do not run a
    /// slow converter again on it. Deleting the cache folder retries everything.
    /// </summary>
    public void WriteFailure(string hash, string extension, string reason) =>
        Write(hash, extension + ".failed", System.Text.Encoding.UTF8.GetBytes(reason));

    /// <summary>The reason an earlier conversion of this content failed, or null.</summary>
    public string? TryReadFailure(string hash, string extension) =>
        TryRead(hash, extension + ".failed") is { } bytes ? System.Text.Encoding.UTF8.GetString(bytes) : null;

    /// <summary>Stores a result atomically (written aside, then moved), so a crash never leaves half a file.</summary>
    public void Write(string hash, string extension, byte[] result)
    {
        var path = PathFor(hash, extension);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temp = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        File.WriteAllBytes(temp, result);
        File.Move(temp, path, overwrite: true);
    }
}
