namespace ReportSearch.Cli.Tests; public class Placeholder { }
