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
}
