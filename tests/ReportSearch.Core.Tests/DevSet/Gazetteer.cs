namespace ReportSearch.Core.Tests.DevSet;

/// <summary>
/// The national division gazetteer as the development set carries it (places.tsv: code, then the path joined by ›),
/// used to tell real places from strings that merely end in 市/区/县/镇.
/// </summary>
public sealed class Gazetteer
{
    private static readonly string[] OrgSuffixes =
        ["委员会", "办公室", "办公厅", "人民政府", "政府", "局", "厅", "委", "办", "部", "署", "院", "中心", "站", "所"];

    private readonly HashSet<string> _names = new(StringComparer.Ordinal);
    private readonly HashSet<string> _paths = new(StringComparer.Ordinal);

    public Gazetteer(IEnumerable<IReadOnlyList<string>> paths)
    {
        foreach (var path in paths)
        {
            // Every prefix of a path is itself a unit's path (the county above a town).
            for (int i = 1; i <= path.Count; i++) _paths.Add(string.Join('›', path.Take(i)));
            foreach (var name in path) _names.Add(name);
        }
    }

    public static Gazetteer Load(string placesTsv) =>
        new(File.ReadLines(placesTsv)
            .Where(line => line.Length > 0 && line[0] != '#')
            .Select(line => line.Split('\t'))
            .Where(cols => cols.Length >= 2)
            .Select(cols => (IReadOnlyList<string>)cols[1].Trim().Split('›')));

    /// <summary>
    /// The product's own gazetteer file (src/ReportSearch.Core/Places/divisions.tsv.gz: code, parent code, name), read
    /// here independently of the product's code: labels are checked against the same GB/T 2260 data.
    /// </summary>
    public static Gazetteer LoadDivisions(string divisionsTsvGz)
    {
        var units = new Dictionary<string, (string Parent, string Name)>(StringComparer.Ordinal);
        using (var reader = new StreamReader(new System.IO.Compression.GZipStream(File.OpenRead(divisionsTsvGz), System.IO.Compression.CompressionMode.Decompress)))
        {
            while (reader.ReadLine() is { } line)
            {
                if (line.Length == 0 || line[0] == '#') continue;
                var cols = line.Split('\t');
                units[cols[0]] = (cols[1], cols[2]);
            }
        }
        IReadOnlyList<string> PathOf(string code)
        {
            var path = new List<string>();
            for (var c = code; c.Length > 0 && units.TryGetValue(c, out var unit); c = unit.Parent) path.Add(unit.Name);
            path.Reverse();
            return path;
        }
        return new Gazetteer(units.Keys.Select(PathOf));
    }

    public static string DivisionsPath => Path.Combine(TestIndex.RepoRoot, "src", "ReportSearch.Core", "Places", "divisions.tsv.gz");

    public int Count => _paths.Count;

    public bool IsPlace(string name) => name == "全国" || _names.Contains(name);

    public bool IsPath(IReadOnlyList<string>? path) => path is null || path is ["全国"] || _paths.Contains(string.Join('›', path));

    /// <summary>
    /// A real place, or an issuing body of one (晋江市财政局, 福建省人民政府办公厅): what may stand as a district.
    /// Anything else (人均地区, 以下简称市) is a non-place.
    /// </summary>
    public bool IsPlaceOrIssuingBody(string name)
    {
        if (IsPlace(name)) return true;
        foreach (var suffix in OrgSuffixes)
        {
            if (!name.EndsWith(suffix, StringComparison.Ordinal)) continue;
            var head = name[..^suffix.Length];
            for (int len = head.Length; len >= 2; len--)
                if (IsPlace(head[..len])) return true;
        }
        return false;
    }
}
