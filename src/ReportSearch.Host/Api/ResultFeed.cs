using System.Globalization;
using System.Text;
using System.Xml;
using ReportSearch.Search;

namespace ReportSearch.Host.Api;

/// <summary>
/// A search's newest reports as an Atom 1.0 feed (RFC 4287). Written with XmlWriter, so every value is
/// XML-escaped; characters XML 1.0 cannot carry at all (form feeds between PDF pages, other controls) become
/// spaces first. An entry's time is its report's date (or 1 January of its year); undated reports use the
/// time of the request.
/// </summary>
public sealed record ResultFeed(string Title, string Self, string Alternate, Func<SearchHit, string> ReportLink)
{
    private const string AtomNamespace = "http://www.w3.org/2005/Atom";

    public byte[] Write(IReadOnlyList<SearchHit> hits)
    {
        var now = DateTimeOffset.UtcNow;
        var entries = hits.Select(h => (Hit: h, Updated: Updated(h) ?? now)).ToList();
        var feedUpdated = entries.Count == 0 ? now : entries.Max(e => e.Updated);

        using var stream = new MemoryStream();
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true };
        using (var xml = XmlWriter.Create(stream, settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", AtomNamespace);
            xml.WriteAttributeString("xml", "lang", null, "zh-CN");
            Text(xml, "title", Title);
            Text(xml, "id", Self);
            Text(xml, "updated", Format(feedUpdated));
            WriteLink(xml, "self", Self, "application/atom+xml");
            WriteLink(xml, "alternate", Alternate, "text/html");
            xml.WriteStartElement("author");
            Text(xml, "name", "政府报告检索");
            xml.WriteEndElement();
            Text(xml, "generator", "ReportSearch");
            foreach (var (hit, updated) in entries)
            {
                var link = ReportLink(hit);
                xml.WriteStartElement("entry");
                Text(xml, "title", hit.ShownTitle());
                Text(xml, "id", link.Split('?')[0]);
                WriteLink(xml, "alternate", link, "text/html");
                Text(xml, "updated", Format(updated));
                xml.WriteStartElement("author");
                var author = new[] { hit.Org, hit.District }.FirstOrDefault(v => !string.IsNullOrEmpty(v));
                Text(xml, "name", author ?? "政府报告检索");
                xml.WriteEndElement();
                if (hit.District is { Length: > 0 } district)
                {
                    xml.WriteStartElement("category");
                    xml.WriteAttributeString("term", XmlSafe(district));
                    xml.WriteEndElement();
                }
                var summary = ResultCsv.Summary(hit);
                if (summary.Length > 0)
                {
                    xml.WriteStartElement("summary");
                    xml.WriteAttributeString("type", "text");
                    xml.WriteString(XmlSafe(summary));
                    xml.WriteEndElement();
                }
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }
        return stream.ToArray();
    }

    private static void Text(XmlWriter xml, string name, string value) => xml.WriteElementString(name, AtomNamespace, XmlSafe(value));

    private static void WriteLink(XmlWriter xml, string rel, string href, string type)
    {
        xml.WriteStartElement("link");
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", XmlSafe(href));
        xml.WriteEndElement();
    }

    private static string Format(DateTimeOffset time) => time.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static DateTimeOffset? Updated(SearchHit hit)
    {
        if (DateTime.TryParseExact(hit.Date, ["yyyy-MM-dd", "yyyy-M-d", "yyyy-MM"], CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var day))
            return new DateTimeOffset(day, TimeSpan.Zero);
        return hit.Year is >= ParameterText.MinYear and <= ParameterText.MaxYear
            ? new DateTimeOffset(hit.Year.Value, 1, 1, 0, 0, 0, TimeSpan.Zero)
            : null;
    }

    /// <summary>The text with every character XML 1.0 cannot hold (lone surrogates included) replaced by a space.</summary>
    public static string XmlSafe(string text)
    {
        var result = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                result.Append(c).Append(text[++i]);
                continue;
            }
            result.Append(XmlConvert.IsXmlChar(c) ? c : ' ');
        }
        return result.ToString();
    }
}
