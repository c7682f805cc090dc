using ReportSearch.Core.Tests.Ingestion;
using ReportSearch.Engine;
using ReportSearch.Ingestion;
using ReportSearch.Pipeline;

namespace ReportSearch.Core.Tests.DevSet;

/// <summary>
/// The development set's judged body (<see cref="DevSetFolder.JudgedBody"/>: every kept document, and only those, not
/// whatever else is in the folder) indexed once through the real pipeline, shared by the judged tests that only read it
/// (mechanism names, definitions, related reports). Built on first use, so a run where the body is not at hand (those
/// tests skip) indexes nothing.
/// </summary>
public sealed class DevSetIndex : IDisposable
{
    private readonly TestIndex _scratch = new();
    private readonly Lazy<IReportIndexReader> _reader;
    private readonly Lazy<IReadOnlyList<string>> _texts;

    public DevSetIndex()
    {
        _reader = new(() =>
        {
            Documents = DevSetFolder.CopyJudgedBody(_scratch.Archive);
            using (var writer = ReportIndexes.OpenForWriting(_scratch.IndexDir))
                new ArchiveIndexer(writer, ReportParsers.Default(), new IndexerSettings()).Run([_scratch.Archive]);
            return ReportIndexes.OpenForReading(_scratch.IndexDir);
        });
        _texts = new(() =>
        {
            _ = Reader;
            return Directory.EnumerateFiles(_scratch.Archive, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
                .Select(path => string.Join('\n', IngestionTestSupport.NormalizedSections(
                    IngestionTestSupport.Parse(path, Path.GetRelativePath(_scratch.Archive, path), File.ReadAllBytes(path)))))
                .ToList();
        });
    }

    public IReportIndexReader Reader => _reader.Value;

    /// <summary>
    /// Each document's text as the index reads it (its sections parsed and normalized, joined), parsed on first use: for
    /// a measure that asks whether any document of the body names something at all.
    /// </summary>
    public IReadOnlyList<string> Texts => _texts.Value;

    /// <summary>How many documents were indexed (known once <see cref="Reader"/> was first read).</summary>
    public int Documents { get; private set; }

    public void Dispose()
    {
        if (_reader.IsValueCreated) _reader.Value.Dispose();
        _scratch.Dispose();
    }
}

/// <summary>The tests that share <see cref="DevSetIndex"/> (they run one after another, reading the same snapshot).</summary>
[CollectionDefinition(Name)]
public sealed class DevSetIndexCollection : ICollectionFixture<DevSetIndex>
{
    public const string Name = "development set index";
}
