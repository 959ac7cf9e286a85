using CorpusPortal.Model.Documents;
using CorpusPortal.Model.Warnings;

namespace CorpusPortal.Analysis.Checks;

/// <summary>
/// What a paper's record lacks after import: its authors and its year. A citation without them is of little use,
/// so the editor is told at once, in the preview, to enter them; on reading a canonical file they are checked
/// again, so the warning goes once the editor has entered them.
/// </summary>
public static class RecordChecks
{
    public static IEnumerable<ImportWarning> Check(DocumentMetadata metadata)
    {
        if (metadata.Authors.Count == 0)
        {
            yield return new ImportWarning("no-authors",
                "no author was found (an author line under the title, such as “Ayşe DENEME*”); enter the authors in the metadata form", null)
            { Severity = WarningSeverity.Warning };
        }
        if (metadata.Year is null)
        {
            yield return new ImportWarning("no-year",
                "no year of publication was found (in a journal line, a publication date or the running heads); enter it in the metadata form", null)
            { Severity = WarningSeverity.Warning };
        }
    }
}
