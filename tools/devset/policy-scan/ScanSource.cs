using ReportSearch.Places;

/// <summary>
/// A labelled record: the page text a crawler kept, and what the source's own metadata says of it. Labelled is null
/// where the source's place is none the gazetteer names (several places, a new area); RepeatKey tells a record
/// repeated in the source (its folded title is added to it).
/// </summary>
sealed record ScanRecord(string Id, string Text, string Title, IReadOnlyList<string>? Labelled, DateOnly? Date, string? RepeatKey);

/// <summary>
/// Where records come from: the real-estate policy database (a .parquet file) or the Hebei portal's crawl (a git
/// directory of gerry0208/spider_project). Each names its outputs (/tmp/NAME.tsv, /tmp/NAME-tune, /tmp/NAME-docs) and
/// says what it left out for reasons of its own.
/// </summary>
abstract class ScanSource
{
    public abstract string Name { get; }

    /// <summary>What the source left out for reasons of its own, as phrases each ending in ", " (or empty).</summary>
    public abstract string LeftOut { get; }

    public abstract Task<IReadOnlyList<ScanRecord>> ReadAsync();

    public static string NameOf(string argument) => argument.EndsWith(".parquet", StringComparison.OrdinalIgnoreCase) ? RealEstateDatabase.ScanName : HebeiPortal.ScanName;

    public static ScanSource Open(string argument, Gazetteer gazetteer) =>
        NameOf(argument) == RealEstateDatabase.ScanName ? new RealEstateDatabase(argument, gazetteer) : new HebeiPortal(argument, gazetteer);
}
