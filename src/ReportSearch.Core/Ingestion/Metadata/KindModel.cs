using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace ReportSearch.Ingestion;

/// <summary>
/// The kind of a report no rule could name, guessed from the character pairs of its opening: a naive Bayes model over
/// the tune part of the development set (retrained and checked by KindModelTrainingTests; the held-out part is never
/// read). Hand rules for kinds kept adding answers on the documents they were written on and none on unseen ones; a
/// model that weighs every pair of the opening generalizes where cue lists do not. It answers only for the kinds it
/// guesses nearly always right in cross-validation (<see cref="GuessedKinds"/>: the news items and profiles most
/// county and town pages are), only with a clear margin, and its answer is weak evidence that no year or region rule
/// reads.
/// </summary>
internal sealed class KindModel
{
    /// <summary>The opening read: its first Han characters (250 did as well as 400 and better than 800 in cross-validation).</summary>
    public const int OpeningHanChars = 250;

    /// <summary>The kinds it may answer: those it guessed right 95 % of the time or more in cross-validation on the tune part.</summary>
    public static readonly IReadOnlySet<string> GuessedKinds = new HashSet<string>(StringComparer.Ordinal) { "新闻", "简介" };

    // The least lead of the best kind over the next, in log-likelihood per known pair: below it the guess is a coin
    // toss between kinds (cross-validation: 0.2 keeps 新闻 and 简介 right 97–98 % of the time).
    private const double MinMarginPerPair = 0.2;
    // An opening shorter than this (a two-line notice, a caption) is too short to judge: on a few dozen pairs the
    // model is as sure of itself as on a page and wrong far more often (my own short notices and summaries were
    // guessed 新闻). Nearly every page's opening is longer.
    private const int MinOpeningPairs = 120;
    // Fewer pairs it has seen (a table of figures, a list of names) leave it nothing to weigh.
    private const int MinKnownPairs = 20;
    // Additive smoothing of the pair counts.
    private const double Smoothing = 0.1;
    // A pair seen in one document only describes that document, not its kind: it is left out of the model.
    private const int MinDocumentsPerPair = 2;

    private const string ResourceName = "ReportSearch.Ingestion.Metadata.KindModel.tsv.gz";
    private static readonly Lazy<KindModel> shipped = new(() =>
    {
        using var stream = typeof(KindModel).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"embedded resource {ResourceName} is missing");
        using var reader = new StreamReader(new GZipStream(stream, CompressionMode.Decompress), Encoding.UTF8);
        return Read(reader);
    });

    private readonly string[] kinds;
    private readonly int[] documentsOfKind;
    private readonly Dictionary<string, int[]> pairCounts;
    private readonly double[] logPrior;
    private readonly double[] logUnseen;
    private readonly long[] pairsOfKind;

    private KindModel(string[] kinds, int[] documentsOfKind, Dictionary<string, int[]> pairCounts)
    {
        this.kinds = kinds;
        this.documentsOfKind = documentsOfKind;
        this.pairCounts = pairCounts;
        int documents = documentsOfKind.Sum();
        pairsOfKind = new long[kinds.Length];
        foreach (var counts in pairCounts.Values)
            for (int k = 0; k < kinds.Length; k++) pairsOfKind[k] += counts[k];
        logPrior = documentsOfKind.Select(n => Math.Log((double)n / documents)).ToArray();
        logUnseen = pairsOfKind.Select(n => Math.Log(Smoothing / (n + Smoothing * pairCounts.Count))).ToArray();
    }

    /// <summary>The model shipped with the product (Ingestion/Metadata/KindModel.tsv.gz, gzip).</summary>
    public static KindModel Shipped => shipped.Value;

    /// <summary>The distinct pairs of neighbouring Han characters among the opening's first <see cref="OpeningHanChars"/> (recognition view lines).</summary>
    public static HashSet<string> Pairs(IEnumerable<string> lines)
    {
        var han = new StringBuilder(OpeningHanChars);
        foreach (var line in lines)
        {
            foreach (char c in line)
            {
                if (!ChineseText.IsHan(c)) continue;
                han.Append(c);
                if (han.Length == OpeningHanChars) break;
            }
            if (han.Length == OpeningHanChars) break;
        }
        var pairs = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i + 1 < han.Length; i++) pairs.Add(string.Concat(han[i], han[i + 1]));
        return pairs;
    }

    /// <summary>The kind of the opening when it is one of <see cref="GuessedKinds"/> by a clear margin, else null.</summary>
    public string? Guess(IEnumerable<string> lines)
    {
        var scores = (double[])logPrior.Clone();
        int known = 0;
        var pairs = Pairs(lines);
        if (pairs.Count < MinOpeningPairs) return null;
        foreach (var pair in pairs)
        {
            if (!pairCounts.TryGetValue(pair, out var counts)) continue;
            known++;
            for (int k = 0; k < kinds.Length; k++)
                scores[k] += counts[k] == 0 ? logUnseen[k] : Math.Log((counts[k] + Smoothing) / (pairsOfKind[k] + Smoothing * pairCounts.Count));
        }
        if (known < MinKnownPairs || kinds.Length < 2) return null;
        int best = 0, second = -1;
        for (int k = 1; k < kinds.Length; k++)
        {
            if (scores[k] > scores[best]) (second, best) = (best, k);
            else if (second < 0 || scores[k] > scores[second]) second = k;
        }
        bool clear = (scores[best] - scores[second]) / known >= MinMarginPerPair;
        return clear && GuessedKinds.Contains(kinds[best]) ? kinds[best] : null;
    }

    /// <summary>A model of the labelled openings (each document's recognition-view lines and its kind).</summary>
    public static KindModel Train(IEnumerable<(IEnumerable<string> Lines, string Kind)> documents)
    {
        var byKind = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var labelled = new List<(HashSet<string> Pairs, string Kind)>();
        foreach (var (lines, kind) in documents)
        {
            labelled.Add((Pairs(lines), kind));
            byKind[kind] = byKind.GetValueOrDefault(kind) + 1;
        }
        var kinds = byKind.Keys.ToArray();
        var index = kinds.Select((k, i) => (k, i)).ToDictionary(p => p.k, p => p.i, StringComparer.Ordinal);
        var counts = new Dictionary<string, int[]>(StringComparer.Ordinal);
        foreach (var (pairs, kind) in labelled)
            foreach (var pair in pairs)
            {
                if (!counts.TryGetValue(pair, out var row)) counts[pair] = row = new int[kinds.Length];
                row[index[kind]]++;
            }
        var kept = counts.Where(p => p.Value.Sum() >= MinDocumentsPerPair).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        return new KindModel(kinds, byKind.Values.ToArray(), kept);
    }

    /// <summary>
    /// The model as text: a line of kinds, a line of their document counts, then one line per pair in ordinal order
    /// with the documents of each kind holding it (kind index:count, zero counts left out).
    /// </summary>
    public void Write(TextWriter writer)
    {
        writer.Write("kinds\t");
        writer.Write(string.Join('\t', kinds));
        writer.Write('\n');
        writer.Write("documents\t");
        writer.Write(string.Join('\t', documentsOfKind.Select(n => n.ToString(CultureInfo.InvariantCulture))));
        writer.Write('\n');
        foreach (var (pair, counts) in pairCounts.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            writer.Write(pair);
            for (int k = 0; k < counts.Length; k++)
                if (counts[k] > 0) writer.Write(string.Create(CultureInfo.InvariantCulture, $"\t{k}:{counts[k]}"));
            writer.Write('\n');
        }
    }

    public static KindModel Read(TextReader reader)
    {
        string[] Fields(string expected)
        {
            var line = reader.ReadLine() ?? throw new InvalidDataException($"kind model: no '{expected}' line");
            var fields = line.Split('\t');
            if (fields[0] != expected) throw new InvalidDataException($"kind model: expected '{expected}', found '{fields[0]}'");
            return fields[1..];
        }
        var kinds = Fields("kinds");
        var documents = Fields("documents").Select(f => int.Parse(f, CultureInfo.InvariantCulture)).ToArray();
        if (documents.Length != kinds.Length) throw new InvalidDataException("kind model: kinds and document counts differ in number");
        var counts = new Dictionary<string, int[]>(StringComparer.Ordinal);
        for (string? line; (line = reader.ReadLine()) is not null;)
        {
            if (line.Length == 0) continue;
            var fields = line.Split('\t');
            var row = new int[kinds.Length];
            foreach (var cell in fields.AsSpan(1))
            {
                int colon = cell.IndexOf(':');
                row[int.Parse(cell.AsSpan(0, colon), CultureInfo.InvariantCulture)] = int.Parse(cell.AsSpan(colon + 1), CultureInfo.InvariantCulture);
            }
            counts[fields[0]] = row;
        }
        return new KindModel(kinds, documents, counts);
    }
}
