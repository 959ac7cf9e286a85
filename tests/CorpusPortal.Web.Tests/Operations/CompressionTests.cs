using System.IO.Compression;

namespace CorpusPortal.Web.Tests.Operations;

/// <summary>Answers are compressed for clients that accept it, except the editor's pages (their tokens beside typed text: BREACH).</summary>
public sealed class CompressionTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private async Task<HttpResponseMessage> Get(string path, string encoding)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.AcceptEncoding.ParseAdd(encoding);
        return await portal.CreateClient().SendAsync(request);
    }

    [Theory]
    [InlineData("/api/documents/002_f68ce36b87b3d29e", "br")]
    [InlineData("/documents/002_f68ce36b87b3d29e", "gzip")]
    [InlineData("/documents/002_f68ce36b87b3d29e/tei.xml", "br")]
    [InlineData("/oai?verb=ListRecords&metadataPrefix=oai_dc", "gzip")]
    public async Task A_client_that_accepts_compression_gets_the_same_answer_in_fewer_bytes(string path, string encoding)
    {
        var plain = await (await portal.CreateClient().GetAsync(path)).Content.ReadAsByteArrayAsync();

        var response = await Get(path, encoding);

        Assert.Equal([encoding], response.Content.Headers.ContentEncoding);
        var compressed = await response.Content.ReadAsByteArrayAsync();
        Assert.True(compressed.Length < plain.Length / 2, $"{compressed.Length} of {plain.Length} bytes");
        using var source = new MemoryStream(compressed);
        using Stream reader = encoding == "br" ? new BrotliStream(source, CompressionMode.Decompress) : new GZipStream(source, CompressionMode.Decompress);
        using var copy = new MemoryStream();
        await reader.CopyToAsync(copy);
        var text = System.Text.Encoding.UTF8.GetString(copy.ToArray());
        // Pages carry a fresh antiforgery token or a response date: the same answer, apart from those.
        var length = System.Text.Encoding.UTF8.GetString(plain).Length;
        Assert.InRange(text.Length, length - 64, length + 64);
    }

    [Fact]
    public async Task The_editors_pages_are_not_compressed()
    {
        var response = await Get("/editor/signin", "br, gzip");

        Assert.Empty(response.Content.Headers.ContentEncoding);
    }
}
