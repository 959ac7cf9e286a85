namespace CorpusPortal.Model.Bibliography;

/// <summary>Why a metadata value cannot be kept; the corpus format and the editor's form each put it in words.</summary>
public enum FieldProblem
{
    Empty,
    TooLong,
    LineBreak,
    NotADate,
    NotADoi,
    NotAnOrcid,
    NotAWebAddress,
}

/// <summary>The English words for a <see cref="FieldProblem"/>, for the corpus format's messages and the command line.</summary>
public static class FieldProblems
{
    /// <summary>What is wrong, to follow the field's name: "published is not a date (…)".</summary>
    public static string English(FieldProblem problem, int maxLength) => problem switch
    {
        FieldProblem.Empty => "is empty",
        FieldProblem.TooLong => $"is longer than {maxLength} characters",
        FieldProblem.LineBreak => "contains a line break or a control character",
        FieldProblem.NotADate => "is not a date (YYYY, YYYY-MM or YYYY-MM-DD)",
        FieldProblem.NotADoi => "is not a DOI (10.NNNN/…)",
        FieldProblem.NotAnOrcid => "is not an ORCID iD (0000-0000-0000-0000 with a right check digit)",
        FieldProblem.NotAWebAddress => "is not a web address (http:// or https://)",
        _ => "cannot be kept",
    };
}
