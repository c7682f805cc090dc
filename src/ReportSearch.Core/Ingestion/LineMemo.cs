namespace ReportSearch.Ingestion;

/// <summary>
/// The answers of a function of a line alone (its matching view, its cleaned heading, whether it reads as verse),
/// remembered for the lines met last on each thread. The parsing rules compare each opening line with the lines around
/// it, so the same few lines are asked about again and again; a remembered answer is the answer, as the function reads
/// nothing but its argument. Bounded: the memory is emptied when full, and long texts are computed, not kept.
/// </summary>
internal sealed class LineMemo<T>(Func<string, T> compute, int capacity = LineMemo<T>.DefaultCapacity, int maxLength = LineMemo<T>.DefaultMaxLength)
{
    public const int DefaultCapacity = 1024;
    public const int DefaultMaxLength = 300;

    private readonly ThreadLocal<Dictionary<string, T>> _remembered = new(() => new Dictionary<string, T>(StringComparer.Ordinal));

    public T this[string line]
    {
        get
        {
            if (line.Length > maxLength) return compute(line);
            var remembered = _remembered.Value!;
            if (remembered.TryGetValue(line, out var known)) return known;
            if (remembered.Count >= capacity) remembered.Clear();
            return remembered[line] = compute(line);
        }
    }
}
