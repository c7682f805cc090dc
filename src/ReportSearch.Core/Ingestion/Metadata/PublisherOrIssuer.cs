using System.Text.RegularExpressions;

namespace ReportSearch.Ingestion;

/// <summary>
/// Whether the issuing body a document states itself (the issuer its title opens with, its signature, the bodies
/// above its heading) beats the body a site's catalogue block names (发布机构, 发布单位, 来源). The block names the
/// page's publisher, often the government's office or the place alone (太湖县人民政府办公室 over 太湖县人民政府关于印发…,
/// 腾冲市和顺镇 over a letter signed 和顺镇人民政府, 区政府 over 上海市嘉定区人民政府关于…); a reader records the 发文机关.
/// </summary>
internal static partial class PublisherOrIssuer
{
    // A body named only by its level, or short (区政府, 区政府办, 区人民政府办公室, 县委办).
    [GeneratedRegex(@"^(?:省|市|区|县|镇|乡|街道|州|旗|盟|自治县|自治州)(?:人民)?(?:政府|委)(?:办公室|办公厅|办)?$")]
    private static partial Regex LevelOnly();

    // A place without the body (腾冲市和顺镇, 华庄街道, 永川区来苏镇), or a government's short form (洪江市湾溪乡政府).
    [GeneratedRegex(@"^\p{IsCJKUnifiedIdeographs}{2,30}(?:(?:省|市|区|县|镇|乡|街道|旗|盟)|(?<!人民)(?:镇|乡|区|县|市)政府)$")]
    private static partial Regex PlaceOrShortForm();

    // What an organization's name is made of: Han characters, joint bodies apart by 、 or spaces, brackets of a
    // name's part. A site's name (金宝博-金宝博官网) or a sentence is none.
    [GeneratedRegex(@"^[\p{IsCJKUnifiedIdeographs}、（）() \u3000]{2,80}$")]
    private static partial Regex OrgShaped();

    [GeneratedRegex(@"^\p{IsCJKUnifiedIdeographs}{2,60}$")]
    private static partial Regex HanOnly();

    // The channel a body posts through, after its name (某中心微信公众号, 某局官方微信): the body is the publisher.
    [GeneratedRegex(@"(?:官方)?(?:微信公众号|微信公众平台|公众号|微信|微博|客户端)$|官微$")]
    private static partial Regex ChannelSuffix();

    /// <summary>The body's name without the channel it posted through (某中心微信公众号 → 某中心); null stays null.</summary>
    public static string? WithoutChannel(string? publisher)
    {
        if (publisher is null) return null;
        var name = publisher.Trim();
        // Matched on the simplified view (公眾號 is 公众号), cut in the name as printed: the view keeps Han positions.
        var channel = ChannelSuffix().Match(ChineseText.Simplify(name));
        return channel.Success && channel.Index >= 2 ? name[..channel.Index] : publisher;
    }

    // A person's name: two to four Han characters ending in none of the words bodies and places end in (局, 办, 中心, 报, 县 …).
    [GeneratedRegex(@"^\p{IsCJKUnifiedIdeographs}{2,4}$(?<![局委办厅部府院所站队处科会室社团馆台报网心组县区市镇乡省州旗村街盟])")]
    private static partial Regex PersonShaped();

    /// <summary>Whether a page's author or publisher field names a person (an editor: 朱赫), not a body.</summary>
    public static bool IsPersonName(string name) => PersonShaped().IsMatch(name.Trim());

    /// <summary>A name written in Han characters only, without placeholders, brackets or spaces.</summary>
    public static bool IsNameOnly(string name) => HanOnly().IsMatch(name.Trim()) && !name.Contains('略');

    /// <summary>The publisher a header names is no body's name (a level, a place alone, a short form, a site name).</summary>
    public static bool IsWeak(string publisher)
    {
        var p = publisher.Trim();
        return LevelOnly().IsMatch(p) || PlaceOrShortForm().IsMatch(p) || !OrgShaped().IsMatch(p) || p.EndsWith("网", StringComparison.Ordinal);
    }

    // What a title's opening holds besides its issuer when the issuer pattern reads too far (国务院批转发展改革委关于…).
    [GeneratedRegex("批转|转发|印发|批复|同意|关于|的")]
    private static partial Regex NotOfAName();

    /// <summary>
    /// A full body name: not a level alone, not a place alone, not a government's short form (山阳镇政府), and nothing
    /// of the title's verbs (国务院批转发展改革委).
    /// </summary>
    public static bool IsFullName(string body) => !IsWeak(body) && !ReportOrg.GenericGovernment().IsMatch(body.Trim()) && !NotOfAName().IsMatch(body);

    /// <summary>
    /// The issuing body to record, given the document's own (<paramref name="own"/>, from <paramref name="ownOrigin"/>),
    /// the joint signature (<paramref name="signers"/>) and the header's publisher; and whether it beats the header.
    /// </summary>
    public static (string? Org, bool BeatsHeader) Decide(string? own, MetadataOrigin ownOrigin, IReadOnlyList<string> signers, string? publisher)
    {
        // All the bodies signing a joint document, where the document's own issuer or the publisher is one of them.
        // (An 印发 line names the office that printed the document, not one of its issuers.)
        if (signers.Count > 1 && (own is null || ownOrigin == MetadataOrigin.IssuedLine || signers.Any(s => SignatureBlock.SameBody(s, own)))
            && (publisher is null || IsWeak(publisher) || signers.Any(s => SignatureBlock.SameBody(s, publisher))))
            return (string.Join('、', signers), publisher is not null);
        // A body signing alone where nothing else names one (…第三次会议主席团 / 2018年6月11日), or where only the 印发
        // line at the end does: that names the office that printed the document (…人民政府办公室 2020年3月2日印发),
        // the signature above the date its issuer.
        if (signers.Count == 1 && (own is null || ownOrigin == MetadataOrigin.IssuedLine))
            (own, ownOrigin) = (signers[0], MetadataOrigin.Signature);
        if (own is null || publisher is null) return (own, false);
        if (IsWeak(publisher)) return (own, IsFullName(own));
        // The issuer a title opens with is the 发文机关; the publisher beats it only when both name one body, written
        // with and without its places (the header's name is then the fuller one).
        // A signature beats the publisher only where the publisher is its short name (区住建园林局 for a notice signed
        // 广州市天河区住房建设和园林局): one body, the signature's name the full one.
        bool beats = (ownOrigin == MetadataOrigin.IssuingBody || ownOrigin == MetadataOrigin.Signature && Abbreviates(publisher, own))
            && IsFullName(own) && !SignatureBlock.SameBody(own, publisher);
        return (own, beats);
    }

    /// <summary>
    /// Whether <paramref name="shortName"/> is <paramref name="fullName"/> shortened: its characters in the same order,
    /// the same last one (the kind of body: 局, 委, 中心's 心), fewer of them.
    /// </summary>
    public static bool Abbreviates(string shortName, string fullName)
    {
        var a = shortName.Trim();
        var b = fullName.Trim();
        if (a.Length < 2 || a.Length >= b.Length || a[^1] != b[^1]) return false;
        int j = 0;
        foreach (char c in b)
            if (j < a.Length && c == a[j]) j++;
        return j == a.Length;
    }
}
