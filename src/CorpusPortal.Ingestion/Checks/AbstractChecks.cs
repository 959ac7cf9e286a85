using CorpusPortal.Model.Documents;
using CorpusPortal.Model.Warnings;

namespace CorpusPortal.Ingestion.Checks;

/// <summary>A bilingual paper gives its abstract in Turkish and in English; one without the other is flagged.</summary>
internal static class AbstractChecks
{
    public static IEnumerable<ImportWarning> Check(Document document)
    {
        var abstracts = document.Abstracts.Where(s => s.Kind == SectionKind.Abstract).ToList();
        var languages = abstracts.Select(a => a.Language).ToHashSet(StringComparer.Ordinal);
        foreach (var section in abstracts)
        {
            var other = section.Language == Languages.Turkish ? Languages.English : Languages.Turkish;
            if (section.Language is Languages.Turkish or Languages.English && !languages.Contains(other))
            {
                var line = section.TitleSpan?.Start.Line ?? section.Blocks.FirstOrDefault()?.Source.Start.Line;
                yield return new ImportWarning("abstract-without-counterpart", $"the {section.Language} abstract (#{section.Anchor}) has no {other} counterpart", line);
            }
        }
    }
}
