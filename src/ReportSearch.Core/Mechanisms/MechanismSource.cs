using ReportSearch.Engine;

namespace ReportSearch.Mechanisms;

/// <summary>The named mechanisms of the index snapshot being served (see <see cref="MechanismCatalog"/>). Thread-safe.</summary>
public interface IMechanismSource
{
    /// <summary>The catalogue of the snapshot being served (built once per snapshot; concurrent callers wait for that build).</summary>
    /// <param name="current">False: a catalogue of an earlier snapshot will do while this one's is built in the
    /// background (for the precedent card, which must not make a search wait); the first one is always waited for.</param>
    MechanismCatalog Mechanisms(bool current = true);
}

/// <summary>The catalogue as a view of the mechanism payloads the index stores with each segment.</summary>
public sealed class MechanismSource(IPayloadViews index) : IMechanismSource
{
    public MechanismCatalog Mechanisms(bool current = true) => index.Mechanisms(current);
}

public static class MechanismViewsOfIndex
{
    /// <inheritdoc cref="IMechanismSource.Mechanisms"/>
    public static MechanismCatalog Mechanisms(this IPayloadViews index, bool current = true) => index.View(MechanismPayload.View, current);

    /// <summary>How often an answer that reads the index (a filtered list, a name's page) is asked again of the next
    /// snapshot's catalogue when its own snapshot was replaced while it read: a commit a second would have to land
    /// between each catalogue and its read.</summary>
    private const int Attempts = 3;

    /// <summary><paramref name="answer"/> of the current catalogue, asked again of the then current one when the
    /// snapshot it was built from was closed meanwhile (see <see cref="SnapshotClosedException"/>).</summary>
    public static T FromMechanisms<T>(this IPayloadViews index, Func<MechanismCatalog, T> answer)
    {
        for (int attempt = 1; ; attempt++)
        {
            try { return answer(index.Mechanisms()); }
            catch (SnapshotClosedException) when (attempt < Attempts) { }
        }
    }
}
