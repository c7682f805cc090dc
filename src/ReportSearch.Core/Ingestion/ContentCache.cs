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
