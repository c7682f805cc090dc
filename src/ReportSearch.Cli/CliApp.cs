namespace ReportSearch.Cli;

public static class CliApp
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        stderr.WriteLine("usage: reportsearch index|search|stats ...");
        return 1;
    }
}
