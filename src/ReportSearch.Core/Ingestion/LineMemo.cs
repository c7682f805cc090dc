namespace ReportSearch.Ingestion;

/// <summary>
/// The answers of a function of a line alone (its matching view, its cleaned heading, whether it reads as verse),
/// remembered for the lines met last on each thread. The parsing rules compare each opening line with the lines around
/// it, so the same few lines are asked about again and again; a remembered answer is the answer, as the function reads
/// nothing but its argument. Bounded: the memory is emptied when full, and long texts are computed, not kept.
/// </summary>
internal sealed class LineMemo<T>(Func<string, T> compute)
{
    // Room for every line a document's opening rules read, and longer than any line they compare.
    private const int Capacity = 1024;
    private const int MaxLineLength = 300;

    private readonly ThreadLocal<Dictionary<string, T>> _remembered = new(() => new Dictionary<string, T>(StringComparer.Ordinal));

    public T this[string line]
    {
        get
        {
            if (line.Length > MaxLineLength) return compute(line);
            var remembered = _remembered.Value!;
            if (remembered.TryGetValue(line, out var known)) return known;
            if (remembered.Count >= Capacity) remembered.Clear();
            return remembered[line] = compute(line);
        }
    }
}
