namespace CorpusPortal.Model.Warnings;

public enum WarningSeverity
{
    /// <summary>Something the importer did on its own that an editor may want to see (dropped boilerplate).</summary>
    Info,

    /// <summary>Probably wrong in the source or in the import; the document is still usable.</summary>
    Warning,

    /// <summary>The document is inconsistent (a marker without its note); <c>check</c> fails.</summary>
    Error,
}
