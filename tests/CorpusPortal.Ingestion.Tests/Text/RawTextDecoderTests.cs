using System.Text;
using CorpusPortal.Ingestion.Text;

namespace CorpusPortal.Ingestion.Tests.Text;

/// <summary>UTF-16 text, as Windows editors save it, is converted with a notice instead of refused as binary (issue 14).</summary>
public sealed class RawTextDecoderTests
{
    private const string Text = "Giriş\n\nTürkiye ile Azerbaycan arasındaki ilişkiler 1991'den sonra gelişti.\n";

    public static TheoryData<string, byte[]> Utf16() => new()
    {
        { "utf-16le", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Text)] },
        { "utf-16be", [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(Text)] },
        { "utf-16le", Encoding.Unicode.GetBytes(Text) },
        { "utf-16be", Encoding.BigEndianUnicode.GetBytes(Text) },
    };

    [Theory]
    [MemberData(nameof(Utf16))]
    public void Utf16_is_converted_with_a_notice(string encoding, byte[] bytes)
    {
        var decoded = RawTextDecoder.Decode(bytes);

        Assert.Equal(Text, decoded.Text);
        Assert.Equal(encoding, decoded.Encoding);
        Assert.Contains("UTF-16", decoded.Notice, StringComparison.Ordinal);
    }

    [Fact]
    public void Binary_data_with_zero_bytes_is_still_refused()
    {
        byte[] zip = [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00, 0x21, 0x00];

        var e = Assert.Throws<ImportException>(() => RawTextDecoder.Decode(zip));

        Assert.Contains("binary", e.Message, StringComparison.Ordinal);
    }
}
