using ReportSearch.Ingestion;

namespace ReportSearch.Mechanisms;

/// <summary>
/// The mentions of a few thousand payloads of one Lucene segment in a compact form, held while a catalogue is built
/// (see <see cref="MechanismPayload"/>): a few small arrays per mention and per segment document, strings shared through tables, and what is rare (a
/// definition, a name or spelling that differs from the key) in side tables. An archive names two to three thousand
/// candidates per MB of text, so a list of records here would hold hundreds of MB for a large archive.
/// </summary>
public sealed class MentionTable
{
    // Per segment document that names something.
    internal int[] Doc { get; init; } = [];
    internal string[] ReportId { get; init; } = [];
    internal string?[] Title { get; init; } = [];
    internal int[] Year { get; init; } = [];
    internal string?[] Date { get; init; } = [];
    internal string[][] Region { get; init; } = [];
    /// <summary>Where the report's year came from; null when the payload does not say (format 2) or nobody knew.</summary>
    internal MetadataOrigin?[] YearOrigin { get; init; } = [];

    // Per mention.
    internal int[] Segment { get; init; } = [];
    internal int[] Key { get; init; } = [];
    internal MechanismEvidence[] Evidence { get; init; } = [];
    internal string[] Keys { get; init; } = [];
    /// <summary>Index into <see cref="Strings"/>, or -1: the name is the key.</summary>
    internal int[] Name { get; init; } = [];
    /// <summary>Index into <see cref="Strings"/>, or -1: written as the name in quotation marks.</summary>
    internal int[] Written { get; init; } = [];
    internal string[] Strings { get; init; } = [];
    /// <summary>The mentions that define their name, with the definition; <see cref="DefinitionNotRead"/> in a table read
    /// back from the catalogue's file of a segment (<see cref="MentionTableFile"/>), which keeps only which mentions define
    /// (the texts are read back from the payloads for a page, see <see cref="MentionReader"/>).</summary>
    internal Dictionary<int, (string Text, string? Section)> Definitions { get; init; } = [];

    internal static readonly (string Text, string? Section) DefinitionNotRead = ("", null);

    public int MentionCount => Segment.Length;

    internal string NameOf(int mention) => Name[mention] < 0 ? Keys[Key[mention]] : Strings[Name[mention]];

    internal string WrittenOf(int mention) => Written[mention] < 0 ? "“" + NameOf(mention) + "”" : Strings[Written[mention]];

    public sealed class Builder
    {
        private readonly List<int> _doc = [], _year = [], _segment = [], _key = [], _name = [], _written = [];
        private readonly List<string> _reportId = [];
        private readonly List<string?> _title = [], _date = [];
        private readonly List<string[]> _region = [];
        private readonly List<MetadataOrigin?> _yearOrigin = [];
        private readonly List<MechanismEvidence> _evidence = [];
        private readonly Dictionary<string, int> _keys = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string[]> _regions = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _strings = new(StringComparer.Ordinal);
        private readonly Dictionary<int, (string, string?)> _definitions = [];

        private readonly List<string> _keyTexts = [];
        private readonly Dictionary<string, string> _texts = new(StringComparer.Ordinal);

        // Stored values come as spans (see MechanismPayload): looked up without a string, so that decoding an
        // archive's mentions allocates a string only for a value not seen before, instead of several per mention.
        private Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> KeyLookup => _keys.GetAlternateLookup<ReadOnlySpan<char>>();

        /// <summary>Starts the next segment document; its mentions follow.</summary>
        internal void StartSegment(int doc, string reportId, string? title, int year, string? date, string[] region, MetadataOrigin? yearOrigin = null)
        {
            _yearOrigin.Add(yearOrigin);
            _doc.Add(doc);
            _reportId.Add(reportId);
            _title.Add(title);
            _year.Add(year);
            _date.Add(date);
            _region.Add(region);
        }

        /// <param name="name">From <see cref="StringOf"/>, or -1: the name is the key.</param>
        /// <param name="written">From <see cref="StringOf"/>, or -1: written as the name in quotation marks.</param>
        internal void AddMention(int key, MechanismEvidence evidence, int name, int written, string? definition, string? section)
        {
            int i = _segment.Count;
            _segment.Add(_doc.Count - 1);
            _key.Add(key);
            _evidence.Add(evidence);
            _name.Add(name);
            _written.Add(written);
            if (definition is not null) _definitions[i] = (definition, section);
        }

        internal int KeyOf(ReadOnlySpan<char> key)
        {
            if (KeyLookup.TryGetValue(key, out int id)) return id;
            var text = key.ToString();
            _keys[text] = id = _keys.Count;
            _keyTexts.Add(text);
            return id;
        }

        internal string KeyText(int key) => _keyTexts[key];

        internal int StringOf(ReadOnlySpan<char> value)
        {
            var lookup = _strings.GetAlternateLookup<ReadOnlySpan<char>>();
            if (!lookup.TryGetValue(value, out int id)) _strings[value.ToString()] = id = _strings.Count;
            return id;
        }

        internal int StringOf(string value)
        {
            if (!_strings.TryGetValue(value, out int id)) _strings[value] = id = _strings.Count;
            return id;
        }

        /// <summary>A title or date, one string per distinct value; null for an empty one.</summary>
        internal string? TextOf(ReadOnlySpan<char> value)
        {
            if (value.IsEmpty) return null;
            var lookup = _texts.GetAlternateLookup<ReadOnlySpan<char>>();
            if (lookup.TryGetValue(value, out var text)) return text;
            text = value.ToString();
            _texts[text] = text;
            return text;
        }

        /// <summary>A region path given as its units joined by ›, one array per distinct path.</summary>
        internal string[] RegionOf(ReadOnlySpan<char> joined)
        {
            var lookup = _regions.GetAlternateLookup<ReadOnlySpan<char>>();
            if (lookup.TryGetValue(joined, out var region)) return region;
            var key = joined.ToString();
            region = key.Length == 0 ? [] : key.Split('›');
            _regions[key] = region;
            return region;
        }

        public MentionTable Build()
        {
            var keys = _keyTexts.ToArray();
            var strings = new string[_strings.Count];
            foreach (var (value, id) in _strings) strings[id] = value;
            return new MentionTable
            {
                Doc = [.. _doc], ReportId = [.. _reportId], Title = [.. _title], Year = [.. _year], Date = [.. _date], Region = [.. _region], YearOrigin = [.. _yearOrigin],
                Segment = [.. _segment], Key = [.. _key], Evidence = [.. _evidence], Keys = keys,
                Name = [.. _name], Written = [.. _written], Strings = strings, Definitions = _definitions,
            };
        }
    }
}
