using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace ReportSearch.Host.Http;

/// <summary>
/// Who is an operator: a request whose <see cref="Header"/> matches <c>Admin:ApiKey</c>. Nobody is when no key
/// is configured. Read by the stats endpoint (the full view) and by caching (an operator's answer is never cached).
/// </summary>
public sealed class OperatorAccess(IOptions<HostSettings> settings)
{
    public const string Header = "X-Admin-Key";

    private readonly byte[]? _keyHash = string.IsNullOrEmpty(settings.Value.Admin.ApiKey) ? null : Hash(settings.Value.Admin.ApiKey);

    /// <summary>The request names a key at all, right or wrong: its answer must not be shared with the public.</summary>
    public static bool Claims(HttpRequest request) => request.Headers.ContainsKey(Header);

    public bool IsOperator(HttpRequest request)
    {
        if (_keyHash is null) return false;
        if (!request.Headers.TryGetValue(Header, out var given) || given.Count != 1) return false;
        // Compared as hashes in fixed time: neither the key's length nor its prefix leaks through timing.
        return CryptographicOperations.FixedTimeEquals(Hash(given[0] ?? ""), _keyHash);
    }

    private static byte[] Hash(string text) => SHA256.HashData(Encoding.UTF8.GetBytes(text));
}
