namespace ReportSearch.Ingestion;

/// <summary>
/// How far down a page the scans for its header block and its title look: the first <c>limit</c> lines, not counting a
/// site's menu entries above the document (<see cref="SiteFrameLines.IsMenuEntry"/>: 政府信息公开 pages print dozens
/// of them before the title and the block). Once a sentence of the text has passed, every line counts: the short lines
/// below it are the document's own (a table's cells), not a menu. <see cref="SiteFrameLines.MaxScanLines"/> bounds
/// the scan whatever the lines are.
/// </summary>
internal struct TopLinesWindow(int limit)
{
    private int _counted;
    private int _seen;
    private bool _textStarted;

    /// <summary>Takes the next non-empty line (recognition view); false once it lies beyond the window.</summary>
    public bool Admit(string matchingLine)
    {
        if (matchingLine.Contains('。')) _textStarted = true;
        if (_textStarted || !SiteFrameLines.IsMenuEntry(matchingLine)) _counted++;
        return ++_seen <= SiteFrameLines.MaxScanLines && _counted <= limit;
    }
}
