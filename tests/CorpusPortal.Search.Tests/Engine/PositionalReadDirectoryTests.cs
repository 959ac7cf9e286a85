using CorpusPortal.Search.Engine;
using Lucene.Net.Store;

namespace CorpusPortal.Search.Tests.Engine;

/// <summary>The index folder read with positional reads: every clone reads what the file holds where it asks, side by side.</summary>
public sealed class PositionalReadDirectoryTests : IDisposable
{
    private readonly DirectoryInfo _folder = System.IO.Directory.CreateTempSubdirectory("positional-");

    public void Dispose() => _folder.Delete(recursive: true);

    private static byte[] Bytes(int count) => Enumerable.Range(0, count).Select(i => (byte)((i * 31) + (i >> 8))).ToArray();

    [Fact]
    public void Clones_read_the_file_s_bytes_from_where_each_seeks_at_the_same_time()
    {
        var expected = Bytes(100_000);
        using var directory = new PositionalReadDirectory(_folder);
        using (var output = directory.CreateOutput("data.bin", IOContext.DEFAULT))
        {
            output.WriteBytes(expected, expected.Length);
        }
        using var input = directory.OpenInput("data.bin", IOContext.DEFAULT);

        Assert.Equal(expected.Length, input.Length);
        Parallel.For(0, 64, start =>
        {
            using var clone = (IndexInput)input.Clone();
            var from = start * 1_500;
            clone.Seek(from);
            var read = new byte[5_000];
            clone.ReadBytes(read, 0, read.Length);
            Assert.Equal(expected.AsSpan(from, read.Length).ToArray(), read);
            Assert.Equal(expected[from + read.Length], clone.ReadByte());
        });
    }

    [Fact]
    public void Reading_past_the_end_is_an_error_not_zeros()
    {
        using var directory = new PositionalReadDirectory(_folder);
        using (var output = directory.CreateOutput("short.bin", IOContext.DEFAULT))
        {
            output.WriteBytes(Bytes(10), 10);
        }
        using var input = directory.OpenInput("short.bin", IOContext.DEFAULT);

        input.Seek(8);
        Assert.ThrowsAny<IOException>(() => input.ReadBytes(new byte[5], 0, 5));
    }
}
