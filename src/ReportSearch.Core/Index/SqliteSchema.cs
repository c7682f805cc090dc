namespace ReportSearch.Index;

/// <summary>The SQLite schema. Bump <see cref="Version"/> when tables change; the analyzer has its own version.</summary>
internal static class SqliteSchema
{
    public static string? StoredVersion(Microsoft.Data.Sqlite.SqliteConnection c)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT value FROM meta WHERE key = 'schema_version'";
        try { return cmd.ExecuteScalar() as string; }
        catch (Microsoft.Data.Sqlite.SqliteException) { return null; } // no meta table: a new file
    }

    public static void DropAll(Microsoft.Data.Sqlite.SqliteConnection c)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = """
            DROP TABLE IF EXISTS segment_fts; DROP TABLE IF EXISTS suggestions; DROP TABLE IF EXISTS sources;
            DROP TABLE IF EXISTS segments; DROP TABLE IF EXISTS reports; DROP TABLE IF EXISTS skipped; DROP TABLE IF EXISTS status; DROP TABLE IF EXISTS meta;
            """;
        cmd.ExecuteNonQuery();
    }

    public const string Version = "3";

    // The analyzer has already tokenized: the FTS columns hold its tokens separated by spaces. FTS5's 'ascii'
    // tokenizer splits exactly there (every non-ASCII character is a token character; our tokens contain no ASCII
    // punctuation, since punctuation is spelt in private-use characters) and, unlike unicode61, spends no time
    // on Unicode categories or case folding the analyzer has done already.
    // prefix='1' indexes one-character prefixes: single-character queries are prefix queries.
    public const string CreateStatements = """
        CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS reports(
            key INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            content_hash TEXT NOT NULL,
            title TEXT, district TEXT, region TEXT, year INTEGER, date TEXT, org TEXT, doc_number TEXT, category TEXT,
            origins TEXT NOT NULL,
            indexed_at TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS reports_by_hash ON reports(content_hash);
        CREATE TABLE IF NOT EXISTS sources(
            path TEXT PRIMARY KEY,
            report_key INTEGER NOT NULL REFERENCES reports(key) ON DELETE CASCADE,
            size INTEGER NOT NULL, last_write INTEGER NOT NULL);
        CREATE INDEX IF NOT EXISTS sources_by_report ON sources(report_key);
        CREATE TABLE IF NOT EXISTS segments(
            key INTEGER PRIMARY KEY,
            report_key INTEGER NOT NULL REFERENCES reports(key) ON DELETE CASCADE,
            ord INTEGER NOT NULL, district TEXT, text TEXT NOT NULL, sections TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS segments_by_report ON segments(report_key);
        CREATE VIRTUAL TABLE IF NOT EXISTS segment_fts USING fts5(
            title, headings, body, category,
            content='', contentless_delete=1, prefix='1',
            tokenize="ascii");
        CREATE TABLE IF NOT EXISTS suggestions(
            term TEXT NOT NULL, display TEXT NOT NULL,
            report_key INTEGER NOT NULL REFERENCES reports(key) ON DELETE CASCADE,
            PRIMARY KEY(term, report_key)) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS suggestions_by_report ON suggestions(report_key);
        CREATE TABLE IF NOT EXISTS skipped(path TEXT PRIMARY KEY, reason TEXT NOT NULL, at TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS status(key TEXT PRIMARY KEY, value TEXT NOT NULL);
        """;
}
