namespace CorpusPortal.Cli.Backups;

/// <summary>A backup that cannot be made or restored, with a message naming the file or folder at fault.</summary>
public sealed class BackupException(string message) : Exception(message);
