using System.Text.RegularExpressions;

namespace ReportSearch.Ingestion;

/// <summary>
/// Where a document's own text ends and the documents attached to it begin. A notice or an 印发 letter is signed and
/// dated above its attachments (附件1, 附件, 附表: a plan, a table of tasks, a list of names); read from the file's end,
/// the signature, the closing date and the place of the last lines are the attachment's, or nothing. A reader reads
/// the notice's metadata above the first attachment's heading.
/// </summary>
internal static partial class AttachedDocuments
{
    // An attachment's heading on a line of its own: 附件, 附件2, 附件 1：, 附表3. Not the list before the signature
    // (附件：1.某某方案), which goes on after its colon.
    [GeneratedRegex(@"^(?:附件|附表)\s*\d{0,2}\s*[:：]?$")]
    private static partial Regex Heading();

    // How far above the heading the closing date may stand: a disclosure note (（此件公开发布）) or a copy list may come
    // between.
    private const int DateReach = 4;

    /// <summary>
    /// How many of the lines are the document's own: all of them, or those above the first attachment heading that
    /// stands within a few lines under a closing date. A heading with no date above it (附件： over the list of
    /// attachments, before the signature) cuts nothing.
    /// </summary>
    public static int MainTextLength(IReadOnlyList<BodyLine> lines)
    {
        for (int i = 1; i < lines.Count; i++)
        {
            if (!Heading().IsMatch(lines[i].Text.Trim())) continue;
            for (int j = i - 1; j >= Math.Max(0, i - DateReach); j--)
                if (DocumentDates.IsDateOnly(ChineseNumerals.DatesToDigits(ChineseText.ForMatching(lines[j].Text)))) return i;
        }
        return lines.Count;
    }
}
