using CorpusPortal.Cli;

return CorpusCli.Build(Console.Out, Console.Error).Parse(args).Invoke();
