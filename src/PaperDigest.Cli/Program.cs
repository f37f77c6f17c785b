using PaperDigest.Cli;

return CommandLine.Run(args);
