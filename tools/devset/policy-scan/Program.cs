using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ReportSearch.Ingestion;
using ReportSearch.Places;
using MetadataComparison = ReportSearch.Core.Tests.DevSet.MetadataComparison;

// A curated database of local real-estate policies, read as an archive (issue 19): 中金's policy database as imported
// by ljz060707-lang/China-Real-Estate-Policy-Database (data/curated/records.parquet), where analysts recorded each
// policy's place (geography_original: 浙江省杭州市余杭区, 全国), its issuance date and its title, beside the page text a
// crawler fetched (full_text: 政府信息公开 header blocks flattened onto a few lines, repost sites' bylines, the
// policy). Thousands of city and county documents are so labelled without our reading them.
// Split once by the record's id (sha1 mod 5 < 2 held out, as the development set does): the held-out part is counted,
// never listed; the tune part's misses go to /tmp/policy-scan.tsv for reading by hand. Records whose title is a
// development-set label's are left out (the set took 40 pages of the same crawl).
// The database, outside the repository: the search tool's fetch of ljz060707-lang/China-Real-Estate-Policy-Database,
// then `git --git-dir=MIRROR show 375044064ae98ca03e125916cc150d58b6c36816:data/curated/records.parquet > records.parquet`.
// A second source, the Hebei provincial portal's crawl (HebeiPortal.cs: national and provincial documents, body-only),
// is read from the git directory of the fetched gerry0208/spider_project: `-- GIT_DIR /work/devset/labels.json`; its
// outputs are named hebei-scan (/tmp/hebei-scan.tsv, /tmp/hebei-scan-tune, /tmp/hebei-scan-docs).
// Run: dotnet run -c Release --project tools/devset/policy-scan -- records.parquet /work/devset/labels.json [DOCS_DIR]
// (DOCS_DIR, default /tmp/policy-scan-docs, receives each record's text as <record_id>.txt for reading.)
// The tune part is also written as a development-set folder, /tmp/policy-scan-tune (docs/ and labels.json with each
// record's place and title), so that the altered-forms measures run on it: altered-forms places /tmp/policy-scan-tune.
Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
if (args.Length < 2)
{
    Console.Error.WriteLine("usage: policy-scan (RECORDS_PARQUET | SPIDER_PROJECT_GIT_DIR) DEVSET_LABELS [DOCS_DIR]");
    return 2;
}
var docsDir = args.Length > 2 ? args[2] : $"/tmp/{ScanSource.NameOf(args[0])}-docs";
Directory.CreateDirectory(docsDir);

var devsetTitles = new HashSet<string>(StringComparer.Ordinal);
using (var labels = JsonDocument.Parse(File.ReadAllText(args[1])))
    foreach (var l in labels.RootElement.EnumerateArray())
    {
        if (l.TryGetProperty("title", out var t) && t.ValueKind == JsonValueKind.String) devsetTitles.Add(Folded(t.GetString()!));
        if (l.TryGetProperty("titleAlt", out var ta) && ta.ValueKind == JsonValueKind.Array)
            foreach (var a in ta.EnumerateArray()) devsetTitles.Add(Folded(a.GetString() ?? ""));
    }

var gazetteer = Gazetteer.Default;
// The records and what each source left out (its own reasons: not a policy, no place the gazetteer names, …).
var source = ScanSource.Open(args[0], gazetteer);
var parsers = ReportParsers.Default();
var misses = new List<string>();
var seen = new HashSet<string>(StringComparer.Ordinal);
int skippedShort = 0, skippedDevset = 0, skippedDuplicate = 0, skippedPlace = 0;
var parts = new Dictionary<string, Tally> { ["tune"] = new(), ["holdout"] = new() };
var tuneFolder = $"/tmp/{source.Name}-tune";
Directory.CreateDirectory(Path.Combine(tuneFolder, "docs"));
var tuneLabels = new List<Dictionary<string, object?>>();
foreach (var (id, text, title, labelledOrNone, date, repeatKey) in await source.ReadAsync())
{
    if (text.Trim().Length < 100) { skippedShort++; continue; }
    if (devsetTitles.Contains(Folded(title))) { skippedDevset++; continue; }
    if (!seen.Add(Folded(title) + "|" + repeatKey)) { skippedDuplicate++; continue; }
    if (labelledOrNone is not { } labelled) { skippedPlace++; continue; }

    var part = SHA1.HashData(Encoding.UTF8.GetBytes(id))[0] % 5 < 2 ? "holdout" : "tune";
    var tally = parts[part];
    var path = Path.Combine(docsDir, id + ".txt");
    var bytes = Encoding.UTF8.GetBytes(text);
    File.WriteAllBytes(path, bytes);
    if (part == "tune")
    {
        File.WriteAllBytes(Path.Combine(tuneFolder, "docs", id + ".txt"), bytes);
        tuneLabels.Add(new() { ["file"] = id + ".txt", ["split"] = "tune", ["title"] = title, ["regionPath"] = labelled[0] == "全国" ? null : labelled });
    }
    var meta = parsers.Parse(new SourceFile(Path.GetFullPath(path), Path.GetFileName(path), bytes.LongLength, DateTime.UtcNow), bytes, null).Metadata;
    void Miss(string field, string label, string? got, object? origin)
    {
        if (part == "tune") misses.Add($"{field}\t{id}\t{label}\t{got}\t{origin}\t{title}");
    }

    bool low = labelled.Count >= 3 && labelled[0] != "全国";
    tally.Documents++;
    if (low) tally.Low++;
    var got = meta.RegionPath;
    var outcome = got is null ? "unknown"
        : got[^1] == labelled[^1] ? "right"
        : labelled.Take(got.Count).SequenceEqual(got) ? "above"
        : got.Take(labelled.Count).SequenceEqual(labelled) ? "below"
        : "wrong";
    tally.Region[outcome] = tally.Region.GetValueOrDefault(outcome) + 1;
    if (low) tally.LowRegion[outcome] = tally.LowRegion.GetValueOrDefault(outcome) + 1;
    if (outcome is not "right") Miss("region " + outcome, string.Join("›", labelled), got is null ? null : string.Join("›", got), meta.Origins.Region);

    // Date and title are scored where the text states them (most records hold the body only: the database keeps the
    // title and date beside it); where it does not, a value given is counted apart, to be read.
    if (date is { } labelDate)
    {
        bool stated = StatesDate(text, labelDate);
        var yearOutcome = meta.Year is not { } y ? "unknown" : y == labelDate.Year ? "right" : Math.Abs(y - labelDate.Year) == 1 ? "off by 1" : "off by 2+";
        tally.Year[yearOutcome] = tally.Year.GetValueOrDefault(yearOutcome) + 1;
        // A source's date may be its posting (the Hebei portal re-posted years of documents on one day): where the text
        // states the labelled date, the year is the document's for certain.
        if (stated) tally.YearStated[yearOutcome] = tally.YearStated.GetValueOrDefault(yearOutcome) + 1;
        // Every year given is listed, right ones too, with the kind: a rule's right and wrong answers read side by side.
        if (yearOutcome is not "unknown") Miss("year " + yearOutcome + (stated ? "" : " (date not stated)"), labelDate.Year.ToString(), meta.Year?.ToString(), $"{meta.Origins.Year} {meta.Kind}");
        var dateOutcome = meta.Date is null ? "unknown" : meta.Date == labelDate.ToString("yyyy-MM-dd") ? "right" : "other";
        var dates = stated ? tally.Date : tally.DateUnstated;
        dates[dateOutcome] = dates.GetValueOrDefault(dateOutcome) + 1;
        if (low && stated) tally.LowDate[dateOutcome] = tally.LowDate.GetValueOrDefault(dateOutcome) + 1;
        if (dateOutcome is not "right" && (stated || dateOutcome is "other")) Miss("date " + dateOutcome + (stated ? "" : " (not stated)"), labelDate.ToString("yyyy-MM-dd"), meta.Date, meta.Origins.Date);
    }
    // The issuer where the database's title opens with it (昆明市住房公积金管理中心关于…, 市住建局、市财政局关于…), scored
    // where the text's first or last lines (a header, the title line, the signature) name every issuer; a news lead's
    // 某局印发《…》 is the news's subject, not its author. Elsewhere a body given is counted apart.
    if (TitleIssuer.Pattern.Match(title) is { Success: true } issuer)
    {
        var org = issuer.Groups["org"].Value.Trim();
        var lines = text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        var frame = Folded(string.Join("", lines.Take(EdgeLines).Concat(lines.TakeLast(EdgeLines))));
        bool named = org.Split('、', ' ').Where(o => o.Length > 0).All(o => frame.Contains(Folded(o), StringComparison.Ordinal));
        var orgOutcome = meta.Org is null ? "none" : MetadataComparison.SameOrg(org, meta.Org, labelled) ? "right" : "other";
        var orgs = named ? tally.Org : tally.OrgUnnamed;
        orgs[orgOutcome] = orgs.GetValueOrDefault(orgOutcome) + 1;
        if (low && named) tally.LowOrg[orgOutcome] = tally.LowOrg.GetValueOrDefault(orgOutcome) + 1;
        if (orgOutcome is not "right" && (named || orgOutcome is "other")) Miss("org " + orgOutcome + (named ? "" : " (not named)"), org, meta.Org, meta.Origins.Org);
    }
    bool titleStated = Folded(text).Contains(Folded(title), StringComparison.Ordinal);
    var titleOutcome = meta.Title is null ? "none" : SameTitle(meta.Title, title) ? "right" : "other";
    var titles = titleStated ? tally.Title : tally.TitleUnstated;
    titles[titleOutcome] = titles.GetValueOrDefault(titleOutcome) + 1;
    if (titleOutcome is not "right" && (titleStated || titleOutcome is "other")) Miss("title " + titleOutcome + (titleStated ? "" : " (not stated)"), title, meta.Title, meta.Origins.Title);
}

Console.WriteLine($"left out: {source.LeftOut}{skippedShort} under 100 characters, {skippedDevset} in the development set, {skippedDuplicate} repeated, {skippedPlace} with no single place the gazetteer names");
foreach (var (name, t) in parts)
{
    Console.WriteLine($"{name}: {t.Documents} documents ({t.Low} at county level or below)");
    Console.WriteLine($"  region {Show(t.Region)}   county and below: {Show(t.LowRegion)}");
    Console.WriteLine($"  year   {Show(t.Year)}");
    Console.WriteLine($"  year, where the text states the date   {Show(t.YearStated)}");
    Console.WriteLine($"  date, where the text states it   {Show(t.Date)}   county and below: {Show(t.LowDate)}");
    Console.WriteLine($"  date, where it does not          {Show(t.DateUnstated)}");
    Console.WriteLine($"  title, where the text holds it   {Show(t.Title)}");
    Console.WriteLine($"  title, where it does not         {Show(t.TitleUnstated)}");
    Console.WriteLine($"  org, where the title gives it and the text names it   {Show(t.Org)}   county and below: {Show(t.LowOrg)}");
    Console.WriteLine($"  org, where the text does not name it                  {Show(t.OrgUnnamed)}");
}
File.WriteAllLines($"/tmp/{source.Name}.tsv", misses);
File.WriteAllText(Path.Combine(tuneFolder, "labels.json"), JsonSerializer.Serialize(tuneLabels));
return 0;

static string Show(Dictionary<string, int> counts) =>
    string.Join(", ", counts.Where(c => c.Value > 0).Select(c => $"{c.Key} {c.Value}")) + $" ({100.0 * counts.GetValueOrDefault("right") / Math.Max(1, counts.Values.Sum()):F1}% right)";

// One title with or without its issuer in front (宜昌住房公积金中心关于…的通知), or with the 关于印发…的通知 that carries it.
static bool SameTitle(string got, string label)
{
    string g = Folded(got), l = Folded(label);
    return g.EndsWith(l, StringComparison.Ordinal) || l.EndsWith(g, StringComparison.Ordinal) && g.StartsWith("关于", StringComparison.Ordinal)
        || g.Contains("印发", StringComparison.Ordinal) && g.Contains(l, StringComparison.Ordinal)
        || l.Contains("印发", StringComparison.Ordinal) && l.Contains(g, StringComparison.Ordinal) && g.Length >= 8;
}

// The date in any of the forms a page prints it: 2023年9月1日, 2023-09-01, 2023.9.1, 2023/09/01, 二〇二三年九月一日.
static bool StatesDate(string text, DateOnly d)
{
    var t = text.Normalize(NormalizationForm.FormKC).Replace(" ", "");
    string[] digits = ["〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
    static string Small(int n, string[] digits) => n < 10 ? digits[n] : n == 10 ? "十" : n < 20 ? "十" + digits[n % 10] : digits[n / 10] + "十" + (n % 10 == 0 ? "" : digits[n % 10]);
    var han = string.Concat(d.Year.ToString().Select(c => digits[c - '0'])) + "年" + Small(d.Month, digits) + "月" + Small(d.Day, digits) + "日";
    return t.Contains($"{d.Year}年{d.Month}月{d.Day}日") || t.Contains($"{d.Year}年{d.Month:00}月{d.Day:00}日") || t.Contains(d.ToString("yyyy-MM-dd"))
        || t.Contains($"{d.Year}.{d.Month}.{d.Day}") || t.Contains(d.ToString("yyyy.MM.dd")) || t.Contains(d.ToString("yyyy/MM/dd")) || t.Contains(han) || t.Contains(han.Replace('〇', '○'));
}

static string Folded(string text) => string.Concat(text.Normalize(NormalizationForm.FormKC)
    .Where(c => !char.IsWhiteSpace(c) && c is not ('《' or '》' or '“' or '”' or '"' or '。')));

static partial class Program
{
    // The lines at either end of a text that state its issuer: a header block's few lines, the title line, the signature.
    private const int EdgeLines = 4;
}

static class TitleIssuer
{
    // A title opening with its issuers before 关于: each a body by its name's end (…人民政府办公室, …管理中心, …局),
    // joined by 、 or a space.
    private const string Body = @"\p{IsCJKUnifiedIdeographs}[\p{IsCJKUnifiedIdeographs}（）()]{1,30}?(?:人民政府|政府|办公室|办公厅|委员会|管理中心|中心|总局|局|厅|部|委|分行|银行|行|院|办)";
    public static readonly System.Text.RegularExpressions.Regex Pattern = new($@"^(?!关于)(?<org>{Body}(?:[、\s]+{Body})*)(?=关于)");
}

sealed class Tally
{
    public int Documents, Low;
    public Dictionary<string, int> Region = New(), LowRegion = New(), Year = New(), YearStated = New(), Date = New(), DateUnstated = New(), LowDate = New(), Title = New(), TitleUnstated = New(), Org = New(), OrgUnnamed = New(), LowOrg = New();
    private static Dictionary<string, int> New() => new() { ["right"] = 0 };
}
