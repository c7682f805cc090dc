# Thin wrapper over the dotnet commands in README.md, so that what a developer runs is what CI runs.
param([ValidateSet('restore', 'build', 'test', 'run')][string]$Task = 'test')
$ErrorActionPreference = 'Stop'
switch ($Task) {
    'restore' { dotnet restore ReportSearch.sln }
    'build'   { dotnet build ReportSearch.sln }
    'test'    { dotnet test ReportSearch.sln }
    'run'     { dotnet run --project src/ReportSearch.Host }
}
exit $LASTEXITCODE
