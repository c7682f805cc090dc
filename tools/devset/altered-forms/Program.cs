using System.Text;
using System.Text.Json;
using ReportSearch.Ingestion;

// The tune part of the development set re-run in altered forms (issue 19). Two measures:
//   altered-forms forms DEVSET [FORM,FORM…]   per form, how many fields change against the document's own metadata
//   altered-forms drop DEVSET                 with the first 0, 1, 2, 3, 5 or 8 lines of its text dropped (no title,
//                                             no header), how many documents get a wrong region (another than the
//                                             label), a year two or more off or another issuing body, and how many
//                                             are given a title though their heading is no longer in the text (a
//                                             byline, a field, another page's headline read as one); then the same
//                                             with the last 1, 2, 3 or 5 lines dropped (no signature, no closing date)
//   altered-forms places DEVSET [N]           each document with a labelled region re-run N times (default 3) as the
//                                             same text about another unit of the same levels (OtherPlaces): how
//                                             often the region is the other unit, unknown or wrong, against how the
//                                             document itself fares
//   altered-forms headers DEVSET              each titled document under a page's header block in each of HeaderLayouts'
//                                             layouts, filled with its labelled title, issuing body and date and a 文号
//                                             made up for the page: how often each field reads back as the header gives it,
//                                             and how often a region or year right without the header is lost under it
//   altered-forms erase DEVSET                each document whose labelled region is a city or below re-run with every name
//                                             of that unit taken out (OtherPlaces.Erase): its region should be a unit above
//                                             or unknown; another unit the text names (a visitor, a partner, an example, a
//                                             town of the county) taken for its author is a wrong region
//   altered-forms mention DEVSET [near]       each document with a labelled region re-run with one sentence added that names
//                                             another unit of the same levels in another province (near: under the same
//                                             parent, a neighbouring county of the same city) as a guest, an example, an
//                                             investor or a partner (OtherPlaces.Mentions), after its third line and again
//                                             before its last: a reader files it where it was; how often the region changes
//   altered-forms years DEVSET [Y,Y…]         each document re-run as written Y years earlier (default 7 and 13; every
//                                             year in it moved back, OtherYears): how often its year and date are the
//                                             shifted ones where the document's own were right
// Only the tune part is read: the held-out part is never looked at document by document. Every change is written to
// /tmp/altered-forms.tsv (form, field, file, before, after) for reading by hand.
// Run: dotnet run -c Release --project tools/devset/altered-forms -- forms /work/devset
Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
if (args.Length < 2 || args[0] is not ("forms" or "drop" or "places" or "years" or "headers" or "erase" or "mention"))
{
    Console.Error.WriteLine("usage: altered-forms forms|drop|places|years|headers|erase|mention DEVSET [FORM,…|N|Y,Y…]");
    return 2;
}
var parsers = ReportParsers.Default();
var scratch = Directory.CreateTempSubdirectory("altered-forms-").FullName;
var changes = new List<string>();
var tune = TuneDocuments(args[1]).ToList();
if (args[0] == "forms") CompareForms(args.Length > 2 ? args[2].Split(',') : null);
else if (args[0] == "drop") DropLines();
else if (args[0] == "places") RenamePlaces(args.Length > 2 ? int.Parse(args[2]) : 3);
else if (args[0] == "headers") UnderHeaders();
else if (args[0] == "erase") EraseOwnNames();
else if (args[0] == "mention") MentionOthers(args.Length > 2 && args[2] == "near");
else ShiftYears(args.Length > 2 ? args[2].Split(',').Select(int.Parse).ToArray() : [7, 13]);
File.WriteAllLines("/tmp/altered-forms.tsv", changes);
Directory.Delete(scratch, recursive: true);
return 0;

void CompareForms(string[]? only)
{
    var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
    int read = 0;
    foreach (var (file, path, _) in tune)
    {
        var bytes = File.ReadAllBytes(path);
        string text;
        try { text = new UTF8Encoding(false, true).GetString(bytes); } catch (DecoderFallbackException) { continue; }
        read++;
        var before = Facts(Parse(path, bytes).Metadata);
        var ext = Path.GetExtension(path).ToLowerInvariant();
        foreach (var form in Forms.All.Where(f => only is null || only.Contains(f.Name)))
        {
            var altered = form.Alter(text, ext);
            if (altered == text && form.Encode is null) continue;
            var target = Path.Combine(scratch, Path.GetFileNameWithoutExtension(path) + (form.Extension ?? ext));
            var alteredBytes = form.Encode?.Invoke(altered) ?? Encoding.UTF8.GetBytes(altered);
            File.WriteAllBytes(target, alteredBytes);
            var after = Facts(Parse(target, alteredBytes).Metadata);
            foreach (var (field, was) in before)
            {
                if (Same(was, after[field])) continue;
                counts[$"{form.Name}\t{field}"] = counts.GetValueOrDefault($"{form.Name}\t{field}") + 1;
                changes.Add($"{form.Name}\t{field}\t{file}\t{was}\t{after[field]}");
            }
        }
    }
    Console.WriteLine($"{read} tune documents (UTF-8) re-run; field changes per form:");
    foreach (var (key, n) in counts) Console.WriteLine($"  {key}\t{n}");
}

void DropLines()
{
    foreach (var dropped in new[] { 0, 1, 2, 3, 5, 8 }) DropSome(dropped, fromEnd: false);
    foreach (var dropped in new[] { 1, 2, 3, 5 }) DropSome(dropped, fromEnd: true);
}

void DropSome(int dropped, bool fromEnd)
{
    var name = fromEnd ? $"drop last {dropped}" : $"drop {dropped}";
    {
        int documents = 0, wrongRegion = 0, yearOff = 0, wrongOrg = 0, titleWithoutHeading = 0;
        foreach (var (file, path, label) in tune)
        {
            var lines = Parse(path, File.ReadAllBytes(path)).Sections
                .SelectMany(s => (s.Heading is { Length: > 0 } h ? [h] : Array.Empty<string>()).Concat(s.Text.Split('\n')))
                .Where(l => l.Trim().Length > 0).ToList();
            if (lines.Count <= dropped + 2) continue;
            documents++;
            var target = Path.Combine(scratch, Path.GetFileNameWithoutExtension(path) + ".txt");
            var bytes = Encoding.UTF8.GetBytes(string.Join("\n", fromEnd ? lines.SkipLast(dropped) : lines.Skip(dropped)));
            File.WriteAllBytes(target, bytes);
            int changesBefore = changes.Count;
            var m = Parse(target, bytes).Metadata;
            var labelled = label.TryGetProperty("regionPath", out var rp) && rp.ValueKind == JsonValueKind.Array ? rp.EnumerateArray().Select(e => e.GetString()!).ToList() : null;
            if (m.RegionPath is { } got && labelled is not null && !got.SequenceEqual(labelled))
            {
                wrongRegion++;
                changes.Add($"{name}\tregion\t{file}\t{string.Join("›", labelled)}\t{string.Join("›", got)}\t{m.Origins.Region}");
            }
            // An issuing body neither the labelled one nor a longer or shorter form of it (常州市政府 for 常州市人民政府 is
            // counted: read the list).
            if (m.Org is { } org && label.TryGetProperty("org", out var o) && o.ValueKind == JsonValueKind.String
                && o.GetString() is { } labelledOrg && !org.Contains(labelledOrg) && !labelledOrg.Contains(org))
            {
                wrongOrg++;
                changes.Add($"{name}\torg\t{file}\t{labelledOrg}\t{org}\t{m.Origins.Org}");
            }
            if (m.Year is { } year && label.TryGetProperty("year", out var y) && y.ValueKind == JsonValueKind.Number && Math.Abs(year - y.GetInt32()) >= 2)
            {
                yearOff++;
                changes.Add($"{name}\tyear\t{file}\t{y.GetInt32()}\t{year}\t{m.Origins.Year}");
            }
            // A title where the text no longer holds the labelled heading (or never had one) was read from a line that is none.
            var labelledTitle = label.TryGetProperty("title", out var lt) && lt.ValueKind == JsonValueKind.String ? Unspaced(lt.GetString()!) : null;
            if (m.Title is { } title && (labelledTitle is null || !Unspaced(Encoding.UTF8.GetString(bytes)).Contains(labelledTitle)))
            {
                titleWithoutHeading++;
                changes.Add($"{name}	title	{file}	{labelledTitle}	{title}	{m.Origins.Title}");
            }
            // ALTERED_FORMS_KEEP=rpA/rpA0052.html keeps that document's altered texts in /tmp for reading; =changed keeps
            // every altered text that counted above.
            var keep = Environment.GetEnvironmentVariable("ALTERED_FORMS_KEEP");
            if (keep == file || keep == "changed" && changes.Count > changesBefore)
                File.WriteAllBytes($"/tmp/{name.Replace(' ', '-')}-{Path.GetFileName(target)}", bytes);
        }
        Console.WriteLine($"{name} lines: {documents} documents, wrong region {wrongRegion}, year off by 2+ {yearOff}, other issuing body {wrongOrg}, a title without its heading {titleWithoutHeading}");
    }
}

void UnderHeaders()
{
    var table = new SortedDictionary<string, int>(StringComparer.Ordinal);
    void Count(string key) => table[key] = table.GetValueOrDefault(key) + 1;
    foreach (var (file, path, label) in tune)
    {
        var random = new Random(file.Aggregate(23, (h, c) => h * 31 + c));
        if (HeaderLayouts.For(label, random) is not { } fields) continue;
        var parsed = Parse(path, File.ReadAllBytes(path));
        var body = string.Join("\n", parsed.Sections.SelectMany(s => (s.Heading is { Length: > 0 } h ? [h] : Array.Empty<string>()).Concat(s.Text.Split('\n'))));
        // The text alone, as the header's copies hold it: a page's own date or title in its markup (an HTML page's PubDate)
        // is not in it, so what the header changes is measured against the text without it.
        var plain = Path.Combine(scratch, Path.GetFileNameWithoutExtension(path) + ".txt");
        var plainBytes = Encoding.UTF8.GetBytes(body);
        File.WriteAllBytes(plain, plainBytes);
        var own = Parse(plain, plainBytes);
        var labelled = label.TryGetProperty("regionPath", out var rp) && rp.ValueKind == JsonValueKind.Array ? rp.EnumerateArray().Select(e => e.GetString()!).ToList() : null;
        int? labelledYear = label.TryGetProperty("year", out var ly) && ly.ValueKind == JsonValueKind.Number ? ly.GetInt32() : null;
        var titles = new List<string> { fields.Title };
        if (label.TryGetProperty("titleAlt", out var alt) && alt.ValueKind == JsonValueKind.Array) titles.AddRange(alt.EnumerateArray().Select(e => e.GetString()!));
        var labelledNumber = label.TryGetProperty("docNumber", out var dn) && dn.ValueKind == JsonValueKind.String ? dn.GetString() : null;
        bool news = label.TryGetProperty("kind", out var k) && k.ValueKind == JsonValueKind.String && k.GetString() == "新闻";
        foreach (var layout in HeaderLayouts.All.Where(l => (!l.NewsOnly || news) && (!l.TownsOnly || fields.SitePublisher is not null)))
        {
            var target = Path.Combine(scratch, Path.GetFileNameWithoutExtension(path) + ".txt");
            var bytes = Encoding.UTF8.GetBytes(layout.Header(fields) + "\n" + body);
            File.WriteAllBytes(target, bytes);
            var m = Parse(target, bytes).Metadata;
            bool lost = false;
            void Field(string field, string? expected, string? got)
            {
                var outcome = got is null ? (expected is null ? "right" : "none") : expected is not null && Same(Unspaced(got), Unspaced(expected)) ? "right" : "other";
                Count($"{layout.Name}\t{field}\t{outcome}");
                if (outcome == "right") return;
                lost = true;
                changes.Add($"headers-{layout.Name}\t{field}\t{file}\t{expected}\t{got}");
            }
            Field("title", titles.FirstOrDefault(t => m.Title is not null && Same(Unspaced(m.Title), Unspaced(t))) ?? fields.Title, m.Title);
            if (fields.Org is not null && layout.OrgShown) Field("org", m.Org is not null && (m.Org.Contains(fields.Org) || fields.Org.Contains(m.Org)) ? m.Org : fields.Org, m.Org);
            if (fields.Date is { } date && layout.DateShown) Field("date", date.ToString("yyyy-MM-dd"), m.Date);
            if (fields.Date is { } own0 && !layout.DateShown && own.Metadata.Date == own0.ToString("yyyy-MM-dd")) Field("date (right without)", own0.ToString("yyyy-MM-dd"), m.Date);
            var number = layout.DocNumberShown ? fields.DocNumber : labelledNumber;
            Field(number is null ? "no 文号" : "文号", number is null ? null : OneBracket(number), m.DocNumber is null ? null : OneBracket(m.DocNumber));
            // Region and year where the text alone had them right: the header must not lose them.
            if (labelled is not null && own.Metadata.RegionPath is { } ownPath && ownPath.SequenceEqual(labelled)) Field("region (right without)", string.Join("›", labelled), m.RegionPath is null ? null : string.Join("›", m.RegionPath));
            if (labelledYear is not null && own.Metadata.Year == labelledYear) Field("year (right without)", labelledYear.ToString(), m.Year?.ToString());
            var keep = Environment.GetEnvironmentVariable("ALTERED_FORMS_KEEP");
            if (keep == file || keep == "changed" && lost) File.WriteAllBytes($"/tmp/headers-{layout.Name}-{Path.GetFileName(target)}", bytes);
        }
    }
    Console.WriteLine("titled tune documents under a page's header block, by layout: each field as the header gives it (right), none, other");
    foreach (var (key, n) in table) Console.WriteLine($"  {key}\t{n}");
}

// One form of a 文号's brackets for comparing (国发[2017]35号 = 国发〔2017〕35号).
static string OneBracket(string number) => number.Replace('[', '〔').Replace(']', '〕').Replace('（', '〔').Replace('）', '〕').Replace('【', '〔').Replace('】', '〕').Replace('(', '〔').Replace(')', '〕');

void RenamePlaces(int times)
{
    // outcome of the document itself → outcome of its renamed copies
    var table = new SortedDictionary<string, int>(StringComparer.Ordinal);
    var byLevel = new SortedDictionary<string, int[]>(StringComparer.Ordinal);
    foreach (var (file, path, label) in tune)
    {
        if (!label.TryGetProperty("regionPath", out var rp) || rp.ValueKind != JsonValueKind.Array) continue;
        var labelled = rp.EnumerateArray().Select(e => e.GetString()!).ToList();
        if (OtherPlaces.Labelled(labelled) is not { } own) continue;
        var bytes = File.ReadAllBytes(path);
        string text;
        try { text = new UTF8Encoding(false, true).GetString(bytes); } catch (DecoderFallbackException) { continue; }
        var own0 = Parse(path, bytes).Metadata;
        var itself = Outcome(own0.RegionPath, labelled);
        // The issuing body and the title carry the unit's name too (苍南县人民政府, 钱库镇2021年工作总结): where the
        // document's own was right, its copy's must be the renamed label.
        var labelledOrg = label.TryGetProperty("org", out var lo) && lo.ValueKind == JsonValueKind.String ? lo.GetString() : null;
        var labelledTitle = label.TryGetProperty("title", out var lt) && lt.ValueKind == JsonValueKind.String ? lt.GetString() : null;
        bool orgRight = labelledOrg is not null && Same(own0.Org ?? "", labelledOrg), titleRight = labelledTitle is not null && Same(own0.Title ?? "", labelledTitle);
        // Seeded by the file's name, so that a run draws the same places as the last one (string hashes are randomized).
        var random = new Random(file.Aggregate(19, (h, c) => h * 31 + c));
        foreach (var other in OtherPlaces.Substitutes(own, times, random))
        {
            var renamed = OtherPlaces.Rename(text, own, other);
            if (OtherPlaces.NamesOldProvince(renamed, own))
            {
                table["(copies left out: other units of the old province named)"] = table.GetValueOrDefault("(copies left out: other units of the old province named)") + 1;
                continue;
            }
            var target = Path.Combine(scratch, Path.GetFileName(path));
            var renamedBytes = Encoding.UTF8.GetBytes(renamed);
            File.WriteAllBytes(target, renamedBytes);
            var m = Parse(target, renamedBytes).Metadata;
            var outcome = Outcome(m.RegionPath, other.Path);
            table[$"{itself} -> {outcome}"] = table.GetValueOrDefault($"{itself} -> {outcome}") + 1;
            var level = label.TryGetProperty("level", out var lv) && lv.ValueKind == JsonValueKind.String ? lv.GetString()! : "?";
            if (!byLevel.TryGetValue(level, out var row)) byLevel[level] = row = new int[3];
            row[outcome switch { "right" => 0, "unknown" => 1, _ => 2 }]++;
            if (outcome != itself)
                changes.Add($"places\t{itself}->{outcome}\t{file}\t{string.Join("›", other.Path)}\t{(m.RegionPath is null ? "" : string.Join("›", m.RegionPath))}\t{m.Origins.Region}");
            bool fieldLost = false;
            foreach (var (field, wasRight, labelledValue, got) in new[] { ("org", orgRight, labelledOrg, m.Org), ("title", titleRight, labelledTitle, m.Title) })
            {
                if (!wasRight) continue;
                var expected = OtherPlaces.Rename(labelledValue!, own, other);
                bool right = Same(got ?? "", expected);
                table[$"({field} right in the document) -> {(right ? "right" : "other")}"] = table.GetValueOrDefault($"({field} right in the document) -> {(right ? "right" : "other")}") + 1;
                if (!right)
                {
                    fieldLost = true;
                    changes.Add($"places\t{field}\t{file}\t{expected}\t{got}");
                }
            }
            var keep = Environment.GetEnvironmentVariable("ALTERED_FORMS_KEEP");
            if (keep == file || keep == "changed" && (outcome != itself || fieldLost))
                File.WriteAllBytes($"/tmp/places-{other.Code}-{Path.GetFileName(path)}", renamedBytes);
        }
    }
    Console.WriteLine("region of the document itself -> of its copies about other places (copies); issuing body and title where the document's own was right:");
    foreach (var (key, n) in table) Console.WriteLine($"  {key}\t{n}");
    Console.WriteLine("copies by the labelled level: right, unknown, wrong");
    foreach (var (level, row) in byLevel) Console.WriteLine($"  {level}\t{row[0]}\t{row[1]}\t{row[2]}");
}

void EraseOwnNames()
{
    // labelled level → outcome of the copy without the unit's names
    var table = new SortedDictionary<string, int>(StringComparer.Ordinal);
    foreach (var (file, path, label) in tune)
    {
        if (!label.TryGetProperty("regionPath", out var rp) || rp.ValueKind != JsonValueKind.Array) continue;
        var labelled = rp.EnumerateArray().Select(e => e.GetString()!).ToList();
        if (labelled.Count < 2 || OtherPlaces.Labelled(labelled) is not { } own) continue;
        var bytes = File.ReadAllBytes(path);
        string text;
        try { text = new UTF8Encoding(false, true).GetString(bytes); } catch (DecoderFallbackException) { continue; }
        var erased = OtherPlaces.Erase(text, own);
        if (erased == text) continue;
        var target = Path.Combine(scratch, Path.GetFileName(path));
        var erasedBytes = Encoding.UTF8.GetBytes(erased);
        File.WriteAllBytes(target, erasedBytes);
        var m = Parse(target, erasedBytes).Metadata;
        var got = m.RegionPath;
        var outcome = got is null ? "unknown"
            : got.SequenceEqual(labelled) ? "still the unit"
            : got.Count < labelled.Count && labelled.Take(got.Count).SequenceEqual(got) ? "a unit above"
            : got.Count > labelled.Count && got.Take(labelled.Count).SequenceEqual(labelled) ? "wrong: a unit within"
            : "wrong: another unit";
        var level = label.TryGetProperty("level", out var lv) && lv.ValueKind == JsonValueKind.String ? lv.GetString()! : "?";
        table[$"{level}\t{outcome}"] = table.GetValueOrDefault($"{level}\t{outcome}") + 1;
        if (outcome.StartsWith("wrong") || outcome == "still the unit")
            changes.Add($"erase\t{outcome}\t{file}\t{string.Join("›", labelled)}\t{(got is null ? "" : string.Join("›", got))}\t{m.Origins.Region}");
        var keep = Environment.GetEnvironmentVariable("ALTERED_FORMS_KEEP");
        if (keep == file || keep == "changed" && outcome.StartsWith("wrong")) File.WriteAllBytes($"/tmp/erase-{Path.GetFileName(path)}", erasedBytes);
    }
    Console.WriteLine("tune documents of a city or below with every name of their unit taken out, by level: the region read");
    foreach (var (key, n) in table) Console.WriteLine($"  {key}\t{n}");
}

void MentionOthers(bool near)
{
    // template → outcome of the document itself → of its copy
    var table = new SortedDictionary<string, int>(StringComparer.Ordinal);
    foreach (var (file, path, label) in tune)
    {
        if (!label.TryGetProperty("regionPath", out var rp) || rp.ValueKind != JsonValueKind.Array) continue;
        var labelled = rp.EnumerateArray().Select(e => e.GetString()!).ToList();
        if (OtherPlaces.Labelled(labelled) is not { } own) continue;
        var parsed = Parse(path, File.ReadAllBytes(path));
        var lines = parsed.Sections.SelectMany(s => (s.Heading is { Length: > 0 } h ? [h] : Array.Empty<string>()).Concat(s.Text.Split('\n')))
            .Where(l => l.Trim().Length > 0).ToList();
        if (lines.Count < 6) continue;
        var plain = Path.Combine(scratch, Path.GetFileNameWithoutExtension(path) + ".txt");
        var plainBytes = Encoding.UTF8.GetBytes(string.Join("\n", lines));
        File.WriteAllBytes(plain, plainBytes);
        var itself = Outcome(Parse(plain, plainBytes).Metadata.RegionPath, labelled);
        var random = new Random(file.Aggregate(29, (h, c) => h * 31 + c));
        ReportSearch.Places.Place? other = near ? OtherPlaces.Sibling(own, random) : OtherPlaces.Substitutes(own, 1, random) is [var far] && far.Path[0] != own.Path[0] ? far : null;
        if (other is null) continue;
        foreach (var (name, sentence) in OtherPlaces.Mentions(other))
        {
            var copy = new List<string>(lines);
            copy.Insert(lines.Count - 1, sentence);
            copy.Insert(3, sentence);
            var target = Path.Combine(scratch, Path.GetFileNameWithoutExtension(path) + ".txt");
            var bytes = Encoding.UTF8.GetBytes(string.Join("\n", copy));
            File.WriteAllBytes(target, bytes);
            var m = Parse(target, bytes).Metadata;
            var outcome = Outcome(m.RegionPath, labelled);
            table[$"{name}\t{itself} -> {outcome}"] = table.GetValueOrDefault($"{name}\t{itself} -> {outcome}") + 1;
            if (outcome != itself)
                changes.Add($"mention-{name}\t{itself}->{outcome}\t{file}\t{string.Join("›", labelled)}\t{(m.RegionPath is null ? "" : string.Join("›", m.RegionPath))}\t{m.Origins.Region}");
            var keep = Environment.GetEnvironmentVariable("ALTERED_FORMS_KEEP");
            if (keep == file || keep == "changed" && outcome != itself) File.WriteAllBytes($"/tmp/mention-{name}-{Path.GetFileName(target)}", bytes);
        }
    }
    Console.WriteLine("documents with a labelled region and a sentence naming another unit added twice, by the sentence: region of the document -> of the copy");
    foreach (var (key, n) in table) Console.WriteLine($"  {key}\t{n}");
}

void ShiftYears(int[] shifts)
{
    var table = new SortedDictionary<string, int>(StringComparer.Ordinal);
    foreach (var (file, path, _) in tune)
    {
        var bytes = File.ReadAllBytes(path);
        string text;
        try { text = new UTF8Encoding(false, true).GetString(bytes); } catch (DecoderFallbackException) { continue; }
        var own = Parse(path, bytes).Metadata;
        foreach (var years in shifts)
        {
            var target = Path.Combine(scratch, Path.GetFileName(path));
            var shiftedBytes = Encoding.UTF8.GetBytes(OtherYears.Shift(text, years));
            File.WriteAllBytes(target, shiftedBytes);
            var m = Parse(target, shiftedBytes).Metadata;
            bool lost = false;
            foreach (var (field, was, expected, got) in new[] { ("year", own.Year?.ToString(), (own.Year - years)?.ToString(), m.Year?.ToString()), ("date", own.Date, OtherYears.ShiftDate(own.Date, years), m.Date) })
            {
                var outcome = expected == got ? "as shifted" : got is null ? "none" : "other";
                var key = $"{field} {(was is null ? "none" : "given")} in the document -> {outcome}";
                table[key] = table.GetValueOrDefault(key) + 1;
                if (outcome != "as shifted")
                {
                    lost = true;
                    changes.Add($"years-{years}\t{field}\t{file}\t{expected}\t{got}");
                }
            }
            var keep = Environment.GetEnvironmentVariable("ALTERED_FORMS_KEEP");
            if (keep == file || keep == "changed" && lost) File.WriteAllBytes($"/tmp/years-{years}-{Path.GetFileName(path)}", shiftedBytes);
        }
    }
    Console.WriteLine($"year and date of each document's copies written {string.Join(" and ", shifts)} years earlier, against its own moved back:");
    foreach (var (key, n) in table) Console.WriteLine($"  {key}\t{n}");
}

// Right, unknown or wrong; a unit above the expected one is wrong too, as the dev-set table counts it.
static string Outcome(IReadOnlyList<string>? got, IReadOnlyList<string> expected) =>
    got is null ? "unknown" : got.SequenceEqual(expected) ? "right" : "wrong";

static string Unspaced(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

IEnumerable<(string File, string Path, JsonElement Label)> TuneDocuments(string devset)
{
    using var labels = JsonDocument.Parse(File.ReadAllText(Path.Combine(devset, "labels.json")));
    foreach (var label in labels.RootElement.EnumerateArray())
    {
        if (label.GetProperty("split").GetString() != "tune") continue;
        var file = label.GetProperty("file").GetString()!;
        var path = Path.Combine(devset, "docs", file);
        if (File.Exists(path)) yield return (file, path, label.Clone());
    }
}

ParsedReport Parse(string path, byte[] bytes) =>
    parsers.Parse(new SourceFile(Path.GetFullPath(path), Path.GetFileName(path), bytes.LongLength, DateTime.UtcNow), bytes, null);

static Dictionary<string, string> Facts(ReportMetadata m) => new()
{
    ["Title"] = m.Title ?? "", ["Year"] = m.Year?.ToString() ?? "", ["Date"] = m.Date ?? "",
    ["Region"] = m.RegionPath is null ? "" : string.Join("›", m.RegionPath), ["Org"] = m.Org ?? "",
    ["DocNumber"] = m.DocNumber ?? "", ["Kind"] = m.Kind ?? "",
};

// Compared as a reader compares them: one script and one quotation mark (the metadata rules' own view), one width of
// digits.
static bool Same(string a, string b) => ChineseText.Simplify(a.Normalize(NormalizationForm.FormKC)) == ChineseText.Simplify(b.Normalize(NormalizationForm.FormKC));
