using System.IO.Compression;
using System.Text;

namespace ReportSearch.Places;

/// <summary>The four levels of the national division (GB/T 2260): 省 → 市 → 区县 → 街镇.</summary>
public enum PlaceLevel { Province = 1, City = 2, County = 3, Town = 4 }

/// <summary>One administrative unit of the gazetteer.</summary>
public sealed record Place(int Id, string Code, string Name, PlaceLevel Level, Place? Parent)
{
    /// <summary>The names from the province down to this unit: 福建省, 泉州市, 晋江市, 西园街道.</summary>
    public IReadOnlyList<string> Path
    {
        get
        {
            var names = new List<string>();
            for (var p = this; p is not null; p = p.Parent) names.Add(p.Name);
            names.Reverse();
            return names;
        }
    }

    /// <summary>
    /// A development zone, farm or other non-administrative unit at town level (经济开发区, 生物医药产业园, 国营农场): a
    /// place, but its name often reads as an ordinary phrase.
    /// </summary>
    public bool IsZone => Level == PlaceLevel.Town && !(Name.EndsWith('镇') || Name.EndsWith('乡') || Name.EndsWith("街道", StringComparison.Ordinal)
        || Name.EndsWith("苏木", StringComparison.Ordinal) || Name.EndsWith("地区", StringComparison.Ordinal) || Name.EndsWith("办事处", StringComparison.Ordinal));

    /// <summary>
    /// Whether the unit lies in an autonomous region (内蒙古, 广西, 西藏, 宁夏, 新疆), whose texts call it 全区 and 我区 as a
    /// district's do: there those words do not tell a district's text from the region's.
    /// </summary>
    public bool InAutonomousRegion
    {
        get
        {
            var root = this;
            while (root.Parent is not null) root = root.Parent;
            return root.Name.EndsWith("自治区", StringComparison.Ordinal);
        }
    }

    public bool IsWithin(Place ancestor)
    {
        for (var p = this; p is not null; p = p.Parent)
            if (ReferenceEquals(p, ancestor)) return true;
        return false;
    }
}

/// <summary>
/// The national division gazetteer, loaded once from the embedded derived data file (Places/divisions.tsv.gz,
/// see Places/NOTICE.md): about 44,700 units, each with its parent.
/// </summary>
public sealed class Gazetteer
{
    private const string ResourceName = "ReportSearch.Places.divisions.tsv.gz";
    private static readonly Lazy<Gazetteer> Shared = new(Load);

    private readonly Dictionary<string, List<Place>> _byName = new(StringComparer.Ordinal);

    public IReadOnlyList<Place> Places { get; }

    private Gazetteer(List<Place> places)
    {
        Places = places;
        _genericZoneNames = new(GenericZoneNames);
        _citiesWithListedZones = new(CitiesWithListedZones);
        foreach (var place in places)
        {
            if (!_byName.TryGetValue(place.Name, out var list)) _byName[place.Name] = list = [];
            list.Add(place);
        }
    }

    public static Gazetteer Default => Shared.Value;

    /// <summary>Every unit of that exact (full) name.</summary>
    public IReadOnlyList<Place> Named(string name) => _byName.TryGetValue(name, out var list) ? list : [];

    public bool IsPlaceName(string name) => _byName.ContainsKey(name);

    // How many other units' names must end in a zone's name for that name to be a kind of unit, not one unit's name.
    private const int GenericNameEndings = 3;

    // Both read the whole gazetteer once, on first use (the parsers ask from several threads).
    private readonly Lazy<HashSet<string>> _genericZoneNames;
    private readonly Lazy<HashSet<Place>> _citiesWithListedZones;

    /// <summary>
    /// Whether a zone's name is a word for a kind of unit that many units' names end in (林业局 of 40 forestry bureaus,
    /// 开发区, 种畜场, 红旗农场): the gazetteer lists one such unit by the bare word, but a text saying 洞口县林业局 or
    /// 经济开发区 names another body, not that unit.
    /// </summary>
    public bool HasGenericName(Place zone) => zone.IsZone && _genericZoneNames.Value.Contains(zone.Name);

    private HashSet<string> GenericZoneNames()
    {
        var zoneNames = Places.Where(p => p.IsZone).Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        var endings = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var place in Places)
            for (int start = 1; start < place.Name.Length - 1; start++)
                if (zoneNames.Contains(place.Name[start..]))
                    endings[place.Name[start..]] = endings.GetValueOrDefault(place.Name[start..]) + 1;
        return [.. endings.Where(kv => kv.Value >= GenericNameEndings).Select(kv => kv.Key)];
    }

    /// <summary>Whether the gazetteer lists a development zone or administrative area (a county-level code 71–79) under the city.</summary>
    public bool ListsZonesUnder(Place city) => _citiesWithListedZones.Value.Contains(city);

    // GB/T 2260 numbers a city's development zones and administrative areas at county level 71–79 (130771 张家口经济开发区).
    private HashSet<Place> CitiesWithListedZones() =>
        [.. Places.Where(p => p.Level == PlaceLevel.County && p.Code[4] == '7' && p.Parent is not null).Select(p => p.Parent!)];

    private static Gazetteer Load()
    {
        using var stream = typeof(Gazetteer).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"embedded resource {ResourceName} is missing");
        using var reader = new StreamReader(new GZipStream(stream, CompressionMode.Decompress), Encoding.UTF8);
        var byCode = new Dictionary<string, Place>(StringComparer.Ordinal);
        var places = new List<Place>(45_000);
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var cols = line.Split('\t');
            var parent = cols[1].Length > 0 ? byCode[cols[1]] : null;
            var level = cols[0].Length switch { 2 => PlaceLevel.Province, 4 => PlaceLevel.City, 6 => PlaceLevel.County, _ => PlaceLevel.Town };
            var place = new Place(places.Count, cols[0], cols[2], level, parent);
            places.Add(place);
            byCode[cols[0]] = place;
        }
        return new Gazetteer(places);
    }
}
