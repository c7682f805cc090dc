namespace ReportSearch.Ingestion;

/// <summary>
/// How the name of a government body ends (…人民政府, …办事处, …委员会, …办公厅, …局): the one list the title, signature
/// and date rules share. Each rule adds the endings its own position admits (a signature's …中心 or …党组, a title's
/// issuer's …厅 but not a hall's 大厅).
/// </summary>
internal static class BodyNameEndings
{
    /// <summary>The endings every rule reads as a body's: a government, its offices and committees, a bureau.</summary>
    public const string Common = "人民政府|政府|办事处|委员会|管委会|办公室|办公厅|局";

    /// <summary>Working groups, headquarters and police brigades, which sign notices too (某县疫情防控指挥部, 某县公安局交警大队).</summary>
    public const string GroupsAndBrigades = "领导小组|指挥部|大队|支队";

    /// <summary>
    /// An office by the short name counties and towns sign with (苍南县文明办, 县府办, 枞阳县公安局扫黑办), which names its
    /// level or place, as a sentence ending in 办 (请于本周内办) does not; not the verb of an event's organisers before it
    /// (某县文化馆主办, 承办, 举办).
    /// </summary>
    public const string OfficeShortName = @"(?:省|市|州|县|区|旗|镇|乡|街道)\p{IsCJKUnifiedIdeographs}{1,6}(?<![举承主协督查代申开兴包筹操置创])办";
}
