using ReportSearch.Engine;
using ReportSearch.Ingestion;
using ReportSearch.Pipeline;

namespace ReportSearch.Core.Tests.DevSet;

/// <summary>
/// The whole development set indexed once through the real pipeline, shared by the judged tests that only read it
/// (mechanism names, definitions, related reports): each used to index the whole set for itself. Built on
/// first use, so a run where the set is absent (those tests skip) indexes nothing.
/// </summary>
public sealed class DevSetIndex : IDisposable
{
    private readonly TestIndex _scratch = new();
    private readonly Lazy<IReportIndexReader> _reader;

    public DevSetIndex() => _reader = new(() =>
    {
        using (var writer = ReportIndexes.OpenForWriting(_scratch.IndexDir))
            new ArchiveIndexer(writer, ReportParsers.Default(), new IndexerSettings()).Run([DevSetFolder.DocsDir]);
        return ReportIndexes.OpenForReading(_scratch.IndexDir);
    });

    public IReportIndexReader Reader => _reader.Value;

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
