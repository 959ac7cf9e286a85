namespace CorpusPortal.Ingestion.Headings;

internal enum HeadingKind
{
    Abstract,
    ExtendedAbstract,
    Section,
}
