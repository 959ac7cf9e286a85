using CorpusPortal.Text;

namespace CorpusPortal.Ingestion;

/// <summary>The id an imported file gets from its name when none is given, or a refusal naming the file.</summary>
internal static class FileIds
{
    public static string Of(string sourceFile) =>
        DocumentIds.FromFileName(sourceFile) ?? throw new ImportException($"cannot make a document id out of the file name '{Path.GetFileName(sourceFile)}'");
}
