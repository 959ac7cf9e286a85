namespace CorpusPortal.Model.Documents;

public enum SectionKind
{
    /// <summary>The body of the document: introduction, numbered sections, conclusion.</summary>
    Body,

    /// <summary>An abstract (Öz, Abstract) or an untitled abstract paragraph group.</summary>
    Abstract,

    /// <summary>An extended abstract, and the sections inside it (Introduction, Method …).</summary>
    ExtendedAbstract,
}
