using System.Text;
using System.Text.RegularExpressions;

namespace ReportSearch.Bench;

/// <summary>
/// Sentences and headings of real public documents (`generate --real DIR`: every .txt and .md file under DIR,
/// e.g. the LawRefBook/Laws texts that tools/benchcorpus/fetch_sources.sh extracts). Recombining the seeds alone
/// gives an archive of 200 MB only ~18,000 distinct bigrams; a real archive has tens of times more, and the
/// index's size, its term dictionary and rare-query speed all depend on it.
/// </summary>
internal static partial class RealText
{
    /// <summary>Markdown and page furniture of the sources that no report would contain.</summary>
    [GeneratedRegex(@"^(?:<!--.*-->|\|.*\||[-*_]{3,}|```.*)$")]
    private static partial Regex Furniture();

    [GeneratedRegex(@"^(?:#{1,6}\s*|第[一二三四五六七八九十百零〇]+[章节编]\s*)")]
    private static partial Regex HeadingStart();

    [GeneratedRegex(@"(?<=[。！？；])")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Han();

    public static (List<Generator.Sentence> Sentences, List<Generator.Piece> Headings, long Bytes, int Files) Load(
        string dir, Func<string, Generator.Piece> piece)
    {
        if (!Directory.Exists(dir)) throw new BenchUsageException($"no real-text folder at '{dir}'");
        var files = Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0) throw new BenchUsageException($"no .txt or .md files under '{dir}'");

        var sentences = new List<Generator.Sentence>();
        var headings = new List<Generator.Piece>();
        long bytes = 0;
        foreach (var file in files)
        {
            bytes += new FileInfo(file).Length;
            foreach (var raw in File.ReadLines(file, Encoding.UTF8))
            {
                var line = raw.Trim().TrimStart('>', ' ', '\u3000');
                if (line.Length < 6 || Furniture().IsMatch(line) || !Han().IsMatch(line)) continue;
                if (HeadingStart().IsMatch(line) && line.Length <= 40)
                {
                    headings.Add(piece(line.TrimStart('#', ' ')));
                    continue;
                }
                foreach (var part in SentenceEnd().Split(line))
                {
                    var s = part.Trim();
                    if (s.Length < 8) continue;
                    char end = "。！？；".Contains(s[^1]) ? s[^1] : '。';
                    if (end == s[^1]) s = s[..^1];
                    var clauses = s.Split(['，', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                    if (clauses.Length > 0) sentences.Add(new Generator.Sentence([.. clauses.Select(piece)], end));
                }
            }
        }
        return (sentences, headings, bytes, files.Count);
    }
}
