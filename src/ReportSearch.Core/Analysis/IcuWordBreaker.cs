using System.Runtime.InteropServices;
using Icu;

namespace ReportSearch.Analysis;

/// <summary>
/// ICU's word break iterator (locale zh) called through ICU's C API directly, one per thread. icu.net's
/// <c>BreakIterator.SetText</c> computes every boundary up front and allocates a 128-int rule-status array
/// (and makes two extra native calls) per boundary: for the word field of a 200 MB build that was 5 GB of
/// garbage, a third of all the indexer allocated, and the collections it caused stopped both cores. Here a
/// boundary is one native call and nothing is allocated. icu.net still finds and initializes the library.
/// </summary>
internal sealed unsafe class IcuWordBreaker
{
    private const int WordIteratorType = 1; // UBRK_WORD
    private const int Done = -1; // UBRK_DONE

    private static readonly ThreadLocal<IcuWordBreaker> PerThread = new(() => new IcuWordBreaker());

    /// <summary>The breaker of the calling thread: opening one loads ICU's dictionaries, reusing it is cheap.</summary>
    public static IcuWordBreaker ForThread => PerThread.Value!;

    private readonly IntPtr _iterator;

    private IcuWordBreaker()
    {
        var api = Api.Value;
        int status = 0;
        fixed (byte* locale = "zh\0"u8)
            _iterator = api.Open(WordIteratorType, locale, null, 0, &status);
        if (status > 0 || _iterator == IntPtr.Zero) throw new InvalidOperationException($"ICU could not open a word break iterator (error {status}).");
    }

    ~IcuWordBreaker()
    {
        if (_iterator != IntPtr.Zero) Api.Value.Close(_iterator);
    }

    /// <summary>Adds the word boundaries of <paramref name="text"/> to <paramref name="into"/>: 0, each break, and its length.</summary>
    public void Boundaries(ReadOnlySpan<char> text, List<int> into)
    {
        if (text.IsEmpty) return;
        var api = Api.Value;
        int status = 0;
        // ICU reads the caller's buffer while it iterates: the text stays pinned until the last boundary.
        fixed (char* chars = text)
        {
            api.SetText(_iterator, chars, text.Length, &status);
            if (status > 0) throw new InvalidOperationException($"ICU could not take the text to segment (error {status}).");
            int at = api.First(_iterator);
            into.Add(at);
            for (int next = api.Next(_iterator); next != Done && next > at && next <= text.Length; at = next, next = api.Next(_iterator))
                into.Add(next);
            // Nothing of this text may be read after it is unpinned.
            api.SetText(_iterator, null, 0, &status);
        }
    }

    private static readonly Lazy<BreakApi> Api = new(BreakApi.Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The five ubrk_ functions of the common library icu.net loaded, under their versioned names.</summary>
    private sealed class BreakApi
    {
        public required delegate* unmanaged<int, byte*, char*, int, int*, IntPtr> Open { get; init; }
        public required delegate* unmanaged<IntPtr, char*, int, int*, void> SetText { get; init; }
        public required delegate* unmanaged<IntPtr, int> First { get; init; }
        public required delegate* unmanaged<IntPtr, int> Next { get; init; }
        public required delegate* unmanaged<IntPtr, void> Close { get; init; }

        public static BreakApi Load()
        {
            IcuRuntime.EnsureLoaded();
            var major = Wrapper.IcuVersion.Split('.')[0];
            var library = OpenCommonLibrary(major);
            IntPtr Export(string name) =>
                NativeLibrary.TryGetExport(library, $"{name}_{major}", out var versioned) ? versioned : NativeLibrary.GetExport(library, name);
            return new BreakApi
            {
                Open = (delegate* unmanaged<int, byte*, char*, int, int*, IntPtr>)Export("ubrk_open"),
                SetText = (delegate* unmanaged<IntPtr, char*, int, int*, void>)Export("ubrk_setText"),
                First = (delegate* unmanaged<IntPtr, int>)Export("ubrk_first"),
                Next = (delegate* unmanaged<IntPtr, int>)Export("ubrk_next"),
                Close = (delegate* unmanaged<IntPtr, void>)Export("ubrk_close"),
            };
        }

        private static IntPtr OpenCommonLibrary(string major)
        {
            // Windows 10 and later also ship ICU as one icu.dll with unversioned names.
            string[] names = OperatingSystem.IsWindows() ? [$"icuuc{major}.dll", "icuuc.dll", "icu.dll"]
                : OperatingSystem.IsMacOS() ? [$"libicuuc.{major}.dylib", "libicuuc.dylib"]
                : [$"libicuuc.so.{major}", "libicuuc.so"];
            foreach (var name in names)
                if (NativeLibrary.TryLoad(name, out var handle)) return handle;
            throw new DllNotFoundException($"ICU {major}'s common library ({string.Join(" or ", names)}) could not be loaded.");
        }
    }
}
