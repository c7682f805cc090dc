// Started with the hidden --extract-worker argument, the CLI is a child worker that parses files for `index`.
if (ReportSearch.Pipeline.Extraction.ExtractionChild.RunIfRequested(args) is { } childExit) return childExit;
return ReportSearch.Cli.CliApp.Run(args, Console.Out, Console.Error);
