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
                if (IsDate(lines[j])) return i;
            if (ClosesUnsigned(lines, i) || ClosesUndated(lines, i)) return i;
        }
        return lines.Count;
    }

    // How far below the heading a signature's date shows the heading to open the list of attachments above it.
    private const int ListReach = 8;

    // A text saved without its signature (a crawler's body, a policy database's record) ends on its last clause
    // (本通知自2026年4月30日起施行。, 特此通知): an attachment heading right under it, with no date under the heading's
    // list, opens the attached documents.
    private static bool ClosesUnsigned(IReadOnlyList<BodyLine> lines, int heading)
    {
        var above = ChineseText.ForMatching(lines[heading - 1].Text).TrimEnd();
        if (!above.EndsWith('。') && !SignatureBlock.EndsOnClosingFormula(above)) return false;
        // The list's numbered items (1.某某方案 … 24.某某价格表), then the signing bodies and the date.
        int after = heading + 1;
        while (after < lines.Count && ListItem().IsMatch(lines[after].Text)) after++;
        for (int k = after; k < Math.Min(lines.Count, after + ListReach); k++)
            if (IsDate(lines[k])) return false;
        return true;
    }

    [GeneratedRegex(@"^\s*\d{1,2}\s*[.．、]")]
    private static partial Regex ListItem();

    // A copy that kept its signature but lost the date under it (…有效期一年。 / 阜阳市住房公积金管理中心): the signing
    // bodies right above the heading close the text as a date would. Above a list of attachments stands the text's
    // last sentence, never a body's name alone.
    private static bool ClosesUndated(IReadOnlyList<BodyLine> lines, int heading) =>
        SignatureBlock.BodiesOf(ChineseText.ForMatching(lines[heading - 1].Text)).Count > 0;

    private static bool IsDate(BodyLine line) => DocumentDates.IsClosingDateLine(ChineseNumerals.DatesToDigits(ChineseText.ForMatching(line.Text)));
}
