using CorpusPortal.Corpus.Markdown;
using CorpusPortal.Model.Bibliography;
using CorpusPortal.Model.Documents;
using CorpusPortal.Web.Editing;
using CorpusPortal.Web.Localization;

namespace CorpusPortal.Web.Tests.Editing;

/// <summary>The metadata form as data: what it checks, what it marks editorial, and what it writes.</summary>
public sealed class MetadataFormTests
{
    private static readonly DocumentMetadata Source = new()
    {
        Id = "deneme", Kind = DocumentKind.JournalArticle, PrimaryLanguage = "tr", SourceFile = "deneme.txt",
        Titles = new Dictionary<string, string> { ["en"] = "Turkey's Relations with Azerbaijan" },
        TitleSpans = new Dictionary<string, Model.Sources.SourceSpan> { ["en"] = new(new(37, 1), new(37, 35)) },
        Publication = new Publication { Published = new PartialDate(2021) },
    };

    private static Document Paper(DocumentMetadata metadata) => new()
    {
        Metadata = metadata,
        Sections = [new Section { Anchor = "body", Kind = SectionKind.Body, Language = "tr", Blocks = [new Paragraph { Anchor = "p-1", Text = "Metin.", Source = Model.Sources.SourceMap.Single(new(1, 1), 6) }] }],
    };

    [Fact]
    public void A_form_left_as_it_was_changes_nothing_even_with_spaces_around_a_value()
    {
        var form = MetadataForm.Of(Source);
        form.Titles["en"] = "  Turkey's Relations with Azerbaijan ";

        Assert.False(form.Changes(Source));
        Assert.Empty(form.Problems());
    }

    [Fact]
    public void A_title_with_a_colon_quotes_and_a_hash_is_written_and_read_back_as_typed()
    {
        var form = MetadataForm.Of(Source);
        form.Titles["tr"] = "Stratejik İttifak: “Bir Millet, İki Devlet” #1 — 'tırnak' [köşeli] {süslü}";

        var document = Paper(form.ApplyTo(Source));
        var read = CanonicalReader.Read(CanonicalWriter.Write(document), "deneme.md");

        Assert.Equal(form.Titles["tr"], read.Metadata.Titles["tr"]);
    }

    [Fact]
    public void Each_changed_field_is_marked_editorial_and_the_others_are_not()
    {
        var form = MetadataForm.Of(Source);
        form.Titles["tr"] = "Stratejik İttifak Bağlamında Türkiye-Azerbaycan İlişkileri";
        form.Authors.Add(new MetadataForm.AuthorRow { Family = "Deneme", Given = "Ayşe", Orcid = "https://orcid.org/0000-0002-1825-0097" });
        form.Publication["container"] = "Karadeniz Araştırmaları";
        form.Publication["doi"] = "https://doi.org/10.12345/kara.2021.1";

        var applied = form.ApplyTo(Source);

        Assert.Equal(["authors", "container", "doi", "title.tr"], applied.EditorialFields);
        Assert.Equal(new Author("Deneme", "Ayşe") { Orcid = "0000-0002-1825-0097" }, Assert.Single(applied.Authors));
        Assert.Equal("10.12345/kara.2021.1", applied.Publication.Doi);
        Assert.Equal(new PartialDate(2021), applied.Publication.Published);
        Assert.True(applied.TitleSpans.ContainsKey("en"));
    }

    [Fact]
    public void An_emptied_field_is_unknown_again_and_no_longer_editorial()
    {
        var edited = Source with { Publication = Source.Publication with { Volume = "18" }, EditorialFields = new SortedSet<string>(["volume"], StringComparer.Ordinal) };
        var form = MetadataForm.Of(edited);
        form.Publication["volume"] = " ";

        var applied = form.ApplyTo(edited);

        Assert.Null(applied.Publication.Volume);
        Assert.Empty(applied.EditorialFields);
    }

    [Fact]
    public void A_changed_source_title_loses_where_it_was_found()
    {
        var form = MetadataForm.Of(Source);
        form.Titles["en"] = "Turkey's Relations with Azerbaijan (1990-1993)";

        var applied = form.ApplyTo(Source);

        Assert.False(applied.TitleSpans.ContainsKey("en"));
        Assert.Contains("title.en", applied.EditorialFields);
    }

    [Theory]
    [InlineData("doi", "12.34/x", "DOI 10. ile başlar", "A DOI starts with 10.")]
    [InlineData("published", "30.06.2021", "YYYY-AA-GG", "YYYY-MM-DD")]
    [InlineData("accepted", "2021-02-29", "gerçek bir tarih", "a real date")]
    [InlineData("published", "0850", "1000 ile 2100", "between 1000 and 2100")]
    [InlineData("url", "www.example.org", "https://", "https://")]
    public void A_publication_field_of_the_wrong_shape_is_named_in_both_languages(string field, string typed, string turkish, string english)
    {
        var form = MetadataForm.Of(Source);
        form.Publication[field] = typed;

        var problem = Assert.Single(form.Problems());

        Assert.Equal(field, problem.Field);
        Assert.Contains(turkish, problem.Say(new UiText("tr")), StringComparison.Ordinal);
        Assert.Contains(english, problem.Say(new UiText("en")), StringComparison.Ordinal);
    }

    [Fact]
    public void An_author_needs_a_family_name_and_a_right_ORCID_and_a_blank_row_is_ignored()
    {
        var form = MetadataForm.Of(Source);
        form.Authors.Add(new MetadataForm.AuthorRow { Given = "Ayşe", Orcid = "0000-0002-1825-0098" });
        form.Authors.Add(new MetadataForm.AuthorRow());

        Assert.Equal(["author-1-family", "author-1-orcid"], form.Problems().Select(p => p.Field));
        form.Authors[0].Family = "Deneme";
        form.Authors[0].Orcid = "0000-0002-1825-0097";
        Assert.Empty(form.Problems());
        Assert.Single(form.ApplyTo(Source).Authors);
    }
}
