using Lucene.Net.Index;
using Lucene.Net.Search;
using ReportSearch.Analysis;
using F = ReportSearch.Engine.IndexFields;

namespace ReportSearch.Engine;

/// <summary>Reports most like one report, from other places.</summary>
/// <param name="SameLevel">Only places at the report's own depth of the region hierarchy (other streets for a street).</param>
/// <param name="ExtraTerms">Words the layer above adds to the report's own (its topic terms, the names of its
/// mechanisms), analyzed like the word signal and weighted like the report's strongest word.</param>
/// <param name="SubjectLines">The report's title and section headings, as the layer above reads them from its stored
/// metadata: the few words that name its subject, counted as if written several times.</param>
/// <param name="Title">The report's title when its provenance is strong (not a file name): its words that few other
/// titles have name its subject, and a related report must share enough of them (<see cref="SimilarReports"/>).</param>
public sealed record SimilarQuery(string ReportId, int Size, bool SameLevel = false, IReadOnlyList<string>? ExtraTerms = null,
    IReadOnlyList<string>? SubjectLines = null, string? Title = null);

/// <summary>A report like the one asked about: its place (deepest region path) and the words it shares with it, the
/// subject words of the title it shares first, then the strongest.</summary>
public sealed record SimilarReport(StoredReport Report, double Score, IReadOnlyList<string> RegionPath, IReadOnlyList<string> SharedTerms);

/// <summary>
/// MoreLikeThis over the word signal (the ICU word field), built by hand: the report's words weighted by TF-IDF,
/// the strongest become one query of optional terms, and the hits are grouped by report and kept only when
/// their place is another one and their text is not a copy of this one's. Words that only this report has
/// (document frequency 1) or that half the index has say nothing about likeness and are left out, as are single
/// characters and numbers.
/// The subject stays ahead of the wording a report's kind repeats: a word's count in the body is sublinear (a long
/// regulation's forty 应当 weigh like a few), each line of the title or headings naming a word adds as much as a
/// body word read many times, and a body word that more than half the reports of its kind have (应当, 管理, 部门
/// for regulations) is left out. (Weighting every word by its IDF among the reports of its kind was tried and
/// measured worse on the judged set: it also weakens the words many work reports share, which are their topic.)
/// A relatedness floor keeps the list short rather than padded: a report is shown only when it names the same subject.
/// The subject is what the asked report's title names (<see cref="TitleSubject"/>): a report sharing the words of
/// the title few other titles have (饮用、水源 of 饮用水水源保护条例), or, for a title of common words only (政府工作报告),
/// all of them in its own title; beside the kind's wording only words no other title has (公园 of 北京市公园条例), a report
/// whose text returns to them (<see cref="SubjectMentions"/>) and whose score reaches <see cref="MinCloseness"/> of the asked report's own score under the same
/// query. Without a strong title, the words most of its first-level headings repeat stand for the title (政府信息公开 of an
/// annual report on it); where they name no subject either, the score alone must reach <see cref="MinCloseness"/>. A report
/// sharing only the wording of its kind (应当、条例、管理) is never shown, so the list may be empty.
/// </summary>
internal static class SimilarReports
{
    /// <summary>The report's strongest words that make the query (MoreLikeThis's default is 25).</summary>
    public const int QueryTerms = 25;
    /// <summary>Shared words shown with each related report.</summary>
    public const int ShownTerms = 8;
    // Segment hits read per related report asked for: segments of one report and reports of the same place are
    // skipped, so more than one hit per result is needed.
    private const int HitsPerResult = 20;

    /// <summary>Null when no report has this id.</summary>
    public static List<(int FirstDoc, double Score, string[] RegionPath, string[] Shared)>? Find(IndexSearcher searcher, SimilarQuery query)
    {
        var reader = searcher.IndexReader;
        var own = new List<int>();
        searcher.Search(new TermQuery(new Term(F.Id, query.ReportId)), new DocCollector(own));
        if (own.Count == 0) return null;
        own.Sort();
        var (ownPath, ownDepth) = RegionOf(reader, own[0]);
        long ownFingerprint = FingerprintOf(reader, own[0]);

        var weights = Weights(reader, own, query.ExtraTerms ?? [], query.SubjectLines ?? []);
        if (weights.Count == 0) return [];
        var like = new BooleanQuery();
        foreach (var (term, weight) in weights) like.Add(new TermQuery(new Term(F.Words, term)) { Boost = (float)weight }, Occur.SHOULD);
        var lucene = new BooleanQuery
        {
            { like, Occur.MUST },
            { new TermQuery(new Term(F.Id, query.ReportId)), Occur.MUST_NOT },
        };

        // The report's own best segment under the same query: what a copy would score. (BM25 has no query norm, and
        // the excluded id adds nothing to a score, so the two searches' scores compare.)
        var ownOnly = new QueryWrapperFilter(new TermQuery(new Term(F.Id, query.ReportId)));
        double self = searcher.Search(like, ownOnly, 1).ScoreDocs is [var best, ..] ? best.Score : 0;
        var places = RegionNames(reader, own[0]);
        // Without a strong title the subject lines are its headings, which may name the subject by repeating it.
        var subject = query.Title is { Length: > 0 } || query.SubjectLines is not { Count: > 0 }
            ? TitleSubject.Of(searcher, query.ReportId, query.Title, places)
            : TitleSubject.OfHeadings(searcher, query.ReportId, query.SubjectLines, places);

        var top = searcher.Search(lucene, Math.Max(1, query.Size) * HitsPerResult + 50);
        var seen = new HashSet<long>();
        var found = new List<(int, double, string[], string[])>();
        foreach (var hit in top.ScoreDocs)
        {
            var leaf = reader.Leaves[ReaderUtil.SubIndex(hit.Doc, reader.Leaves)];
            var values = LeafValues.For(leaf.AtomicReader);
            int local = hit.Doc - leaf.DocBase;
            int group = values.Group[local];
            if (group < 0 || !seen.Add(values.GroupHash[group])) continue;
            int first = leaf.DocBase + values.GroupStart[group];
            // A copy of this report's text filed elsewhere is the same report, not a related one.
            if (ownFingerprint != 0 && values.GroupFingerprint[group] == ownFingerprint) continue;
            var (path, depth) = RegionOf(reader, first);
            // Another place: known, not the report's own, and at its level when asked.
            if (path is null || path == ownPath || (query.SameLevel && depth != ownDepth)) continue;
            var id = SegmentPayload.ReadReportId(leaf.AtomicReader, values.GroupStart[group]);
            if (id is null) continue;
            var inTitle = subject.SharedBy(searcher, id);
            if (!subject.Names(inTitle, self > 0 ? hit.Score / self : 0)) continue;
            var shared = subject.SubjectOf(inTitle).Concat(weights.Where(w => Contains(searcher, id, w.Term)).Select(w => w.Term))
                .Distinct(StringComparer.Ordinal).Take(ShownTerms).ToArray();
            found.Add((first, hit.Score, path.Split(F.PathSeparator), shared));
            if (found.Count == query.Size) break;
        }
        return found;
    }

    /// <summary>Below this share of the asked report's own score, a report whose relatedness the title cannot tell is not shown.</summary>
    public const double MinCloseness = 0.25;

    // The names of the places of a document (every element of its region paths): a title's place names say where, not what.
    private static HashSet<string> RegionNames(IndexReader reader, int doc)
    {
        var leaf = reader.Leaves[ReaderUtil.SubIndex(doc, reader.Leaves)];
        var values = LeafValues.For(leaf.AtomicReader);
        var names = new HashSet<string>(StringComparer.Ordinal);
        int local = doc - leaf.DocBase;
        for (int i = values.RegionStart[local]; i < values.RegionStart[local + 1]; i++)
            foreach (var name in values.RegionPath[values.RegionOrds[i]].Split(F.PathSeparator)) names.Add(name);
        return names;
    }

    // The deepest region of a document: its place, and how deep it sits (1 = province).
    private static (string? Path, int Depth) RegionOf(IndexReader reader, int doc)
    {
        var leaf = reader.Leaves[ReaderUtil.SubIndex(doc, reader.Leaves)];
        var values = LeafValues.For(leaf.AtomicReader);
        int local = doc - leaf.DocBase;
        string? path = null;
        int depth = 0;
        for (int i = values.RegionStart[local]; i < values.RegionStart[local + 1]; i++)
        {
            int ord = values.RegionOrds[i];
            if (values.RegionDepth[ord] > depth) (path, depth) = (values.RegionPath[ord], values.RegionDepth[ord]);
        }
        return (path, depth);
    }

    private static long FingerprintOf(IndexReader reader, int doc)
    {
        var leaf = reader.Leaves[ReaderUtil.SubIndex(doc, reader.Leaves)];
        var values = LeafValues.For(leaf.AtomicReader);
        int group = values.Group[doc - leaf.DocBase];
        return group < 0 ? 0 : values.GroupFingerprint[group];
    }

    // The report's words as the word field indexed them (each segment's opening) and those of its title and
    // headings, weighted by sublinear TF (raised by the subject lines) × IDF, strongest first.
    private static List<(string Term, double Weight)> Weights(IndexReader reader, List<int> segments, IReadOnlyList<string> extra, IReadOnlyList<string> subject)
    {
        var tf = new Dictionary<string, int>(StringComparer.Ordinal);
        var named = new Dictionary<string, int>(StringComparer.Ordinal);
        void Count(Dictionary<string, int> into, IEnumerable<string> words)
        {
            foreach (var word in words) into[word] = into.GetValueOrDefault(word) + 1;
        }
        IEnumerable<string> Words(string text) => AnalyzedToken.Of(IcuWordAnalyzer.Instance, text, F.Words).Select(t => t.Text).Where(Telling);
        foreach (int doc in segments)
        {
            var stored = SegmentPayload.ReadSegment(reader, doc).Text;
            Count(tf, Words(LuceneDocuments.WordSample(stored)));
            // Without a title from the layer above, the opening line stands for it: it is mostly the title.
            if (doc == segments[0] && subject.Count == 0) Count(named, Words(OpeningLine(stored)).Distinct(StringComparer.Ordinal));
        }
        // A word of the title or a heading counts once per line it is in: a subject named in the title and again in
        // a heading is the report's subject, but a long list of headings does not drown the title.
        foreach (var line in subject.Take(MaxSubjectLines))
            Count(named, Words(line).Distinct(StringComparer.Ordinal));

        // Segment documents only: the source documents (one per archive path) have no words.
        int docs = Math.Max(1, reader.DocFreq(new Term(F.Type, F.SegmentType)));
        var weights = new List<(string Term, double Weight)>();
        var kind = KindOf(reader, segments[0]);
        foreach (var term in tf.Keys.Union(named.Keys))
        {
            var t = new Term(F.Words, term);
            int df = reader.DocFreq(t);
            if (df < 2 || df > docs / 2) continue;
            // The wording most reports of its kind share (应当, 管理, 部门 in regulations) says nothing about the
            // subject, unless the title or a heading names it.
            if (!named.ContainsKey(term) && KindShare(reader, t, kind) > WordingShare) continue;
            double idf = 1 + Math.Log(docs / (df + 1.0));
            // Sublinear in the body's count, so a long report's many 应当 do not outweigh the subject; a line naming
            // the word counts as much as SubjectWeight occurrences would count if they were linear.
            int count = tf.GetValueOrDefault(term);
            double often = (count > 0 ? 1 + Math.Log(count) : 0) + SubjectWeight * named.GetValueOrDefault(term);
            weights.Add((term, often * idf));
        }
        weights.Sort((a, b) => b.Weight.CompareTo(a.Weight) is var c and not 0 ? c : string.CompareOrdinal(a.Term, b.Term));
        if (weights.Count > QueryTerms) weights.RemoveRange(QueryTerms, weights.Count - QueryTerms);
        double strongest = weights.Count > 0 ? weights[0].Weight : 1;
        foreach (var phrase in extra)
            foreach (var token in AnalyzedToken.Of(IcuWordAnalyzer.Instance, phrase, F.Words))
                if (Telling(token.Text) && weights.All(w => w.Term != token.Text) && reader.DocFreq(new Term(F.Words, token.Text)) >= 2)
                    weights.Add((token.Text, strongest));
        return weights;
    }

    /// <summary>What a line of the title or headings naming a word adds to its sublinear count (1 + ln tf).</summary>
    private const int SubjectWeight = 2;
    private const int MaxSubjectLines = 12;
    private const int MaxOpeningLineChars = 40;
    // Kinds with fewer segments than this say too little about which words are their wording: in a small archive
    // the few summaries of one kind may all be on one subject, which is then no wording.
    private const int MinKindSegments = 20;
    /// <summary>A word in more than this share of the reports of the asked report's kind is that kind's wording.</summary>
    private const double WordingShare = 0.5;

    // The report's kind (报告, 条例, …) as its first segment's doc value; null when it has none.
    private static string? KindOf(IndexReader reader, int doc)
    {
        var leaf = reader.Leaves[ReaderUtil.SubIndex(doc, reader.Leaves)];
        var kinds = leaf.AtomicReader.GetSortedDocValues(F.Kind);
        if (kinds is null || kinds.GetOrd(doc - leaf.DocBase) < 0) return null;
        var bytes = new Lucene.Net.Util.BytesRef();
        kinds.Get(doc - leaf.DocBase, bytes);
        return bytes.Utf8ToString();
    }

    // The share of the segments of one kind that have the word: the term's postings are walked (never the whole
    // index), and each leaf's count of segments per kind is read once and kept (KindCounts). 0 when the kind is
    // unknown or has too few segments to tell its wording.
    private static double KindShare(IndexReader reader, Term term, string? kind)
    {
        if (kind is null) return 0;
        int ofKind = 0, withTerm = 0;
        var key = new Lucene.Net.Util.BytesRef(kind);
        foreach (var leaf in reader.Leaves)
        {
            // Doc values instances belong to the calling thread; only the counts are kept.
            var values = leaf.AtomicReader.GetSortedDocValues(F.Kind);
            int ord = values?.LookupTerm(key) ?? -1;
            if (ord < 0) continue;
            ofKind += KindCounts.For(leaf.AtomicReader).Segments[ord];
            var docs = leaf.AtomicReader.GetTermDocsEnum(term);
            if (docs is null) continue;
            for (int d = docs.NextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = docs.NextDoc())
                if (values!.GetOrd(d) == ord) withTerm++;
        }
        return ofKind < MinKindSegments ? 0 : withTerm / (double)ofKind;
    }

    /// <summary>Segments per kind in one leaf, counted once per segment core.</summary>
    private sealed class KindCounts
    {
        public readonly int[] Segments;

        public static KindCounts For(AtomicReader reader) => CoreCache.Get(reader, typeof(KindCounts), r => new KindCounts(r));

        private KindCounts(AtomicReader reader)
        {
            var values = reader.GetSortedDocValues(F.Kind);
            Segments = new int[values?.ValueCount ?? 0];
            if (values is null) return;
            for (int d = 0; d < reader.MaxDoc; d++)
                if (values.GetOrd(d) is var ord and >= 0) Segments[ord]++;
        }
    }

    private static string OpeningLine(string text)
    {
        var trimmed = text.AsSpan().TrimStart();
        int end = trimmed.IndexOfAny('\n', '。');
        if (end < 0) end = trimmed.Length;
        return trimmed[..Math.Min(end, MaxOpeningLineChars)].ToString();
    }

    internal static bool Telling(string word) => word.Length >= 2 && !word.All(char.IsAsciiDigit);

    private static bool Contains(IndexSearcher searcher, string reportId, string term) =>
        searcher.Search(new BooleanQuery
        {
            { new TermQuery(new Term(F.Id, reportId)), Occur.MUST },
            { new TermQuery(new Term(F.Words, term)), Occur.MUST },
        }, 1).TotalHits > 0;
}
