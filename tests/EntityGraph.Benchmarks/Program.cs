using BenchmarkDotNet.Running;
using EntityGraph.Benchmarks;

// "quick" runs a stopwatch measurement of the tokenizer without BenchmarkDotNet; anything else goes to the
// switcher, e.g. -- --filter '*Tokenizer*' or -- --list flat.
if (args is ["quick", .. var rest]) return QuickTokenizerRun.Run(rest);
ConllText.ExportPathForChildProcesses();
SharedFiles.ExportRootForChildProcesses();
BenchmarkSwitcher.FromAssembly(typeof(TokenizerBenchmarks).Assembly).Run(args);
return 0;
