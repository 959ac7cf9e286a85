using CorpusPortal.Model.Documents;
using CorpusPortal.Model.Warnings;

namespace CorpusPortal.Analysis.Checks;

/// <summary>
/// A bilingual paper gives its abstract in its own language (Turkish, Azerbaijani, Russian …) and in English; an
/// abstract without the other is flagged.
/// </summary>
internal static class AbstractChecks
{
    public static IEnumerable<ImportWarning> Check(Document document)
    {
        var abstracts = document.Abstracts.Where(s => s.Kind == SectionKind.Abstract).ToList();
        var languages = abstracts.Select(a => a.Language).ToHashSet(StringComparer.Ordinal);
        var own = document.Metadata.PrimaryLanguage is { } primary && primary != Languages.English && primary != Languages.Unknown ? primary : Languages.Turkish;
        foreach (var section in abstracts.Where(a => a.Language != Languages.Unknown))
        {
            var english = section.Language == Languages.English;
            var paired = english ? languages.Any(l => l != Languages.English && l != Languages.Unknown) : languages.Contains(Languages.English);
            if (!paired)
            {
                var other = english ? own : Languages.English;
                var line = section.TitleSpan?.Start.Line ?? section.Blocks.FirstOrDefault()?.Source.Start.Line;
                yield return new ImportWarning("abstract-without-counterpart", $"the {section.Language} abstract (#{section.Anchor}) has no {other} counterpart", line);
            }
        }
    }
}
