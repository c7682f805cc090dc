using ReportSearch.Host;

// `dotnet run --project src/ReportSearch.Host [--archive DIR]... [--index DIR] [--urls URL]`
var app = HostApp.Build(args);
app.Run();

/// <summary>Visible to tests (WebApplicationFactory&lt;Program&gt;).</summary>
public partial class Program;
