using System.Buffers;
using System.Text;

namespace CorpusPortal.Ingestion.Text;

/// <summary>
/// Turns the bytes of a raw file into text, refusing what is not a text: empty input, binary data, files over
/// the size limit. Valid UTF-8 (with or without BOM) is taken as is; bytes that are not UTF-8 are read as
/// Windows-1254 (Turkish; a superset of ISO-8859-9 for printable text) when that yields Turkish letters, and
/// the conversion is reported in a notice; so is UTF-16 (with a byte order mark, or recognised by its zero bytes).
/// </summary>
public static class RawTextDecoder
{
    public const int DefaultMaxBytes = 8 * 1024 * 1024;

    // C0 and C1 controls, except tab, line feed, form feed and carriage return.
    private static readonly SearchValues<char> ForbiddenControls = SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Concat(Enumerable.Range(0x7F, 0x21)).Select(c => (char)c).Where(c => c is not '\t' and not '\n' and not '\f' and not '\r')]);

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static DecodedText Decode(ReadOnlySpan<byte> bytes, int maxBytes = DefaultMaxBytes)
    {
        if (bytes.Length == 0)
        {
            throw new ImportException("the file is empty");
        }
        if (bytes.Length > maxBytes)
        {
            throw new ImportException($"the file is {bytes.Length:N0} bytes; the limit is {maxBytes:N0} bytes");
        }
        if (Utf16Of(bytes) is { } utf16)
        {
            return FromUtf16(bytes, utf16);
        }
        if (bytes.IndexOf((byte)0) is var nul and >= 0)
        {
            throw new ImportException($"the file is binary (a NUL byte at offset {nul})", LineOf(bytes, nul));
        }
        var withoutBom = bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? bytes[3..] : bytes;
        string text;
        string encoding;
        string? notice = null;
        try
        {
            text = StrictUtf8.GetString(withoutBom);
            encoding = "utf-8";
        }
        catch (DecoderFallbackException)
        {
            var bad = FirstInvalidUtf8(withoutBom);
            text = Windows1254.GetString(withoutBom);
            if (!LooksTurkish(text))
            {
                throw new ImportException(
                    $"the file is not valid UTF-8 (byte 0x{withoutBom[bad]:X2} at offset {bad}) and does not read as Windows-1254 Turkish either; save it as UTF-8",
                    LineOf(withoutBom, bad));
            }
            encoding = "windows-1254";
            notice = $"the file was not UTF-8 (first invalid byte at line {LineOf(withoutBom, bad)}); it was read as Windows-1254/ISO-8859-9 Turkish and converted to UTF-8";
        }
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new ImportException("the file holds only white space");
        }
        var control = FirstControlCharacter(text);
        if (control >= 0)
        {
            throw new ImportException(
                $"the file is binary or corrupt (control character U+{(int)text[control]:X4})",
                text.AsSpan(0, control).Count('\n') + 1);
        }
        return new DecodedText(text, encoding, notice);
    }

    /// <summary>
    /// UTF-16 as Windows editors save it: by its byte order mark, or, without one, by the zero bytes every Latin or
    /// Turkish letter has in the same half of its two bytes. Null when the bytes are not UTF-16.
    /// </summary>
    private static Encoding? Utf16Of(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);
        }
        if (bytes.Length < 4 || bytes.Length % 2 != 0)
        {
            return null;
        }
        var sample = bytes[..Math.Min(bytes.Length, 4096)];
        int evenZeros = 0, oddZeros = 0;
        for (var i = 0; i < sample.Length; i++)
        {
            if (sample[i] == 0)
            {
                _ = i % 2 == 0 ? evenZeros++ : oddZeros++;
            }
        }
        var pairs = sample.Length / 2;
        return oddZeros > pairs * 0.6 && evenZeros == 0 ? new UnicodeEncoding(false, false, true)
            : evenZeros > pairs * 0.6 && oddZeros == 0 ? new UnicodeEncoding(true, false, true)
            : null;
    }

    private static DecodedText FromUtf16(ReadOnlySpan<byte> bytes, Encoding encoding)
    {
        var bigEndian = encoding.CodePage == 1201;
        var body = bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) ? bytes[2..] : bytes;
        string text;
        try
        {
            text = encoding.GetString(body);
        }
        catch (DecoderFallbackException)
        {
            throw new ImportException("the file looks like UTF-16 but holds an invalid character; save it as UTF-8");
        }
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new ImportException("the file holds only white space");
        }
        if (FirstControlCharacter(text) is var control and >= 0)
        {
            throw new ImportException($"the file is binary or corrupt (control character U+{(int)text[control]:X4})", text.AsSpan(0, control).Count('\n') + 1);
        }
        var name = bigEndian ? "utf-16be" : "utf-16le";
        return new DecodedText(text, name, $"the file was UTF-16 ({(bigEndian ? "big" : "little")}-endian); it was converted to UTF-8");
    }

    private static Encoding Windows1254
    {
        get
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding(1254);
        }
    }

    private static bool LooksTurkish(string text)
    {
        var turkish = 0;
        foreach (var c in text)
        {
            if (c is 'ı' or 'ş' or 'ğ' or 'İ' or 'Ş' or 'Ğ' or 'ç' or 'ö' or 'ü' or 'Ç' or 'Ö' or 'Ü')
            {
                turkish++;
            }
        }
        return turkish > 0;
    }

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        var offset = 0;
        while (offset < bytes.Length)
        {
            var status = System.Text.Rune.DecodeFromUtf8(bytes[offset..], out _, out var consumed);
            if (status != System.Buffers.OperationStatus.Done)
            {
                return offset;
            }
            offset += consumed;
        }
        return 0;
    }

    private static int FirstControlCharacter(string text) => text.AsSpan().IndexOfAny(ForbiddenControls);

    private static int LineOf(ReadOnlySpan<byte> bytes, int offset) => bytes[..offset].Count((byte)'\n') + 1;
}
