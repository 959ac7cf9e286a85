using CorpusPortal.Model.Documents;
using CorpusPortal.Model.Sources;

namespace CorpusPortal.Benchmarks.Search;

/// <summary>
/// A large corpus for measuring search: papers made by recombining the seed corpus's paragraphs (each keeps its
/// language), with years spread over 1990–2024. Deterministic for a given size.
/// </summary>
internal static class SyntheticCorpus
{
    public static IEnumerable<Document> Papers(IReadOnlyList<Document> seeds, int count, int paragraphsPerPaper = 12)
    {
        var paragraphs = seeds.SelectMany(d => d.Sections.SelectMany(s => s.Blocks.OfType<Paragraph>()
            .Select(p => (Text: p.Text, Language: p.Language ?? s.Language, Abstract: s.IsAbstract)))).ToList();
        var random = new Random(10_000);
        for (var n = 1; n <= count; n++)
        {
            var picked = Enumerable.Range(0, paragraphsPerPaper).Select(_ => paragraphs[random.Next(paragraphs.Count)]).ToList();
            var sections = picked.GroupBy(p => (p.Language, p.Abstract)).Select((group, i) => new Section
            {
                Anchor = $"s-{i + 1}",
                Kind = group.Key.Abstract ? SectionKind.Abstract : SectionKind.Body,
                Language = group.Key.Language,
                Level = 1,
                Blocks = group.Select((p, j) => (Block)new Paragraph
                {
                    Anchor = $"p-{i + 1}-{j + 1}",
                    Text = p.Text,
                    Source = SourceMap.Single(new SourcePosition(1, 1), p.Text.Length),
                }).ToList(),
            }).ToList();
            yield return new Document
            {
                Metadata = new DocumentMetadata
                {
                    Id = $"synthetic-{n:D5}",
                    Kind = DocumentKind.JournalArticle,
                    PrimaryLanguage = sections[0].Language,
                    SourceFile = $"synthetic-{n:D5}.txt",
                    Publication = new() { Published = new(1990 + random.Next(35)) },
                },
                Sections = sections,
            };
        }
    }
}
