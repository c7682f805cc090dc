using Lucene.Net.Index;

namespace ReportSearch.Engine;

/// <summary>
/// Keeps the newest <see cref="Count"/> commit points instead of only the last one. When the newest
/// <c>segments_N</c> is damaged (truncated by a full disk, a bad sector), Lucene's open falls back to the commit
/// before it by itself, but only if that commit's files are still there: readers keep serving and the writer
/// starts from it instead of failing. The price is the files of one older commit, removed at the next commit.
/// </summary>
public sealed class KeepRecentCommitsPolicy : IndexDeletionPolicy
{
    public const int Count = 2;

    public override void OnInit<T>(IList<T> commits) => OnCommit(commits);

    // Commits come oldest first.
    public override void OnCommit<T>(IList<T> commits)
    {
        for (int i = 0; i < commits.Count - Count; i++) commits[i].Delete();
    }
}
