namespace ReportSearch.Mechanisms;

/// <summary>
/// The mentions of one Lucene segment in a compact form, kept for the life of that segment (segments never change):
/// a few small arrays per mention and per segment document, strings shared through tables, and what is rare (a
/// definition, a name or spelling that differs from the key) in side tables. An archive names two to three thousand
/// candidates per MB of text, so a list of records here would hold hundreds of MB for a large archive.
/// </summary>
public sealed class MentionTable
{
    // Per segment document that names something.
    internal int[] Doc { get; private init; } = [];
    internal string[] ReportId { get; private init; } = [];
    internal string?[] Title { get; private init; } = [];
    internal int[] Year { get; private init; } = [];
    internal string?[] Date { get; private init; } = [];
    internal string[][] Region { get; private init; } = [];

    // Per mention.
    internal int[] Segment { get; private init; } = [];
    internal int[] Key { get; private init; } = [];
    internal MechanismEvidence[] Evidence { get; private init; } = [];
    internal string[] Keys { get; private init; } = [];
    /// <summary>Index into <see cref="Strings"/>, or -1: the name is the key.</summary>
    internal int[] Name { get; private init; } = [];
    /// <summary>Index into <see cref="Strings"/>, or -1: written as the name in quotation marks.</summary>
    internal int[] Written { get; private init; } = [];
    internal string[] Strings { get; private init; } = [];
    internal Dictionary<int, (string Text, string? Section)> Definitions { get; private init; } = [];

    public int MentionCount => Segment.Length;

    internal string NameOf(int mention) => Name[mention] < 0 ? Keys[Key[mention]] : Strings[Name[mention]];

    internal string WrittenOf(int mention) => Written[mention] < 0 ? "“" + NameOf(mention) + "”" : Strings[Written[mention]];

    public sealed class Builder
    {
        private readonly List<int> _doc = [], _year = [], _segment = [], _key = [], _name = [], _written = [];
        private readonly List<string> _reportId = [];
        private readonly List<string?> _title = [], _date = [];
        private readonly List<string[]> _region = [];
        private readonly List<MechanismEvidence> _evidence = [];
        private readonly Dictionary<string, int> _keys = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string[]> _regions = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string> _titles = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _strings = new(StringComparer.Ordinal);
        private readonly Dictionary<int, (string, string?)> _definitions = [];

        public void Add(int doc, MechanismSegment segment)
        {
            int s = _doc.Count;
            _doc.Add(doc);
            _reportId.Add(segment.ReportId);
            _title.Add(segment.Title is null ? null : _titles.TryGetValue(segment.Title, out var t) ? t : _titles[segment.Title] = segment.Title);
            _year.Add(segment.Year ?? 0);
            _date.Add(segment.Date);
            var regionKey = string.Join('›', segment.RegionPath);
            if (!_regions.TryGetValue(regionKey, out var region)) _regions[regionKey] = region = [.. segment.RegionPath];
            _region.Add(region);
            foreach (var m in segment.Mentions)
            {
                int i = _segment.Count;
                _segment.Add(s);
                if (!_keys.TryGetValue(m.Key, out int k)) _keys[m.Key] = k = _keys.Count;
                _key.Add(k);
                _evidence.Add(m.Evidence);
                _name.Add(m.Name == m.Key ? -1 : Intern(m.Name));
                _written.Add(m.Written == "“" + m.Name + "”" ? -1 : Intern(m.Written));
                if (m.Definition is not null) _definitions[i] = (m.Definition, m.Section);
            }
        }

        private int Intern(string s)
        {
            if (!_strings.TryGetValue(s, out int id)) _strings[s] = id = _strings.Count;
            return id;
        }

        public MentionTable Build()
        {
            var keys = new string[_keys.Count];
            foreach (var (key, id) in _keys) keys[id] = key;
            var strings = new string[_strings.Count];
            foreach (var (value, id) in _strings) strings[id] = value;
            return new MentionTable
            {
                Doc = [.. _doc], ReportId = [.. _reportId], Title = [.. _title], Year = [.. _year], Date = [.. _date], Region = [.. _region],
                Segment = [.. _segment], Key = [.. _key], Evidence = [.. _evidence], Keys = keys,
                Name = [.. _name], Written = [.. _written], Strings = strings, Definitions = _definitions,
            };
        }
    }
}
