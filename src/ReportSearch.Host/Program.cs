using Microsoft.Extensions.Options;
using ReportSearch.Host;

// `dotnet run --project src/ReportSearch.Host [--archive DIR]... [--index DIR] [--urls URL]`
// Exit codes: 0 stopped normally, 1 settings that cannot work (each named on stderr).
var app = HostApp.Build(args);
try
{
    app.Run();
    return 0;
}
catch (OptionsValidationException e)
{
    foreach (var failure in e.Failures) Console.Error.WriteLine($"error: {failure}");
    return 1;
}

/// <summary>Visible to tests (WebApplicationFactory&lt;Program&gt;).</summary>
public partial class Program;
