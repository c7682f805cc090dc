return ReportSearch.Cli.CliApp.Run(args, Console.Out, Console.Error);
