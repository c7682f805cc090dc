using ReportSearch.Ingestion;
using ReportSearch.Pipeline;

namespace ReportSearch.Core.Tests.Pipeline;

public sealed class TextFingerprintTests
{
    private const string Text =
        "为深入推进社区网格化管理，街道以党建引领基层治理，整合综治、城管、民政、卫健等力量，把辖区划分为四十二个网格，" +
        "每个网格配备专职网格员一名、兼职网格员若干，建立“吹哨报到”机制，群众诉求在网格内收集、在社区内解决。" +
        "全年共排查各类风险隐患一千二百余件，办结率百分之九十八，群众满意度明显提升。下一步，街道将继续完善网格事项清单，" +
        "推动数据共享，提升精细化治理水平，让群众有更多获得感、幸福感、安全感。";

    private static long Of(params string[] sections) => TextFingerprint.Of(sections.Select(s => new ReportSection(null, null, s)).ToList());

    private static string Wrapped(string text, int width) =>
        string.Join("\n", Enumerable.Range(0, (text.Length + width - 1) / width).Select(i => text.Substring(i * width, Math.Min(width, text.Length - i * width))));

    [Fact]
    public void Another_layout_or_site_chrome_keeps_the_fingerprint()
    {
        long key = Of(Text);
        Assert.NotEqual(0, key);
        foreach (int width in new[] { 17, 33, 80 }) Assert.Equal(key, Of(Wrapped(Text, width)));
        Assert.Equal(key, Of("发布时间：2023-04-05 10:12  来源：某某区政府网\n" + Text + "\n【打印本页】【关闭窗口】"));
        Assert.Equal(key, Of(Text[..100], Text[100..])); // sections split elsewhere
        Assert.Equal(key, Of(Text.Replace("，", ", ").Replace("。", ". ")));
    }

    [Fact]
    public void Another_word_or_figure_changes_it()
    {
        long key = Of(Text);
        Assert.NotEqual(key, Of(Text.Replace("四十二", "四十三")));
        Assert.NotEqual(key, Of(Text.Replace("满意度", "获得感")));
        Assert.NotEqual(key, Of(Text + "2023年"));
    }

    [Fact]
    public void A_text_too_short_to_tell_reports_apart_has_none()
    {
        Assert.Equal(0, Of(Text[..(TextFingerprint.MinChars / 2)]));
        Assert.Equal(0, Of(""));
    }
}
