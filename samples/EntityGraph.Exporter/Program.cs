using EntityGraph.Exporter;

// Thin entry point: everything testable lives in ExporterCli, which tests call in-process.
return ExporterCli.Run(args, Console.Out, Console.Error);
