using CorpusPortal.Web.Services;

namespace CorpusPortal.Web.OpenData;

/// <summary><c>/api/glossary</c>: the TR↔EN equivalents and spellings of names that searches apply (corpus/glossary.tsv).</summary>
public static class GlossaryApi
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/glossary", (SearchService search) =>
            {
                var entries = search.Glossary.Entries.Select(e => new GlossaryItem([.. e.Select(x => new GlossaryExpressionItem(x.Language, x.Text))])).ToList();
                return Results.Ok(new ItemList<GlossaryItem>(entries.Count, entries));
            })
            .WithName("ListGlossary")
            .WithSummary("The glossary searches apply: each entry's expressions (equivalents in Turkish and English, spellings of a name)")
            .Produces<ItemList<GlossaryItem>>(StatusCodes.Status200OK, "application/json");
}
