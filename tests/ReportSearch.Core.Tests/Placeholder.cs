namespace ReportSearch.Core.Tests; public class Placeholder { }
