namespace CorpusPortal.Ingestion.Tests.Sources;

/// <summary>A file damaged in one of three ways, in turn: bytes changed, the file cut short, or random bytes inserted.</summary>
internal static class Mutations
{
    public static byte[] Of(byte[] original, Random random, int round)
    {
        var bytes = (byte[])original.Clone();
        switch (round % 3)
        {
            case 0:
                for (var k = 0; k < 1 + random.Next(8); k++)
                {
                    bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
                }
                return bytes;
            case 1:
                return bytes[..random.Next(6, bytes.Length)];
            default:
                var at = random.Next(bytes.Length);
                return [.. bytes[..at], .. Enumerable.Range(0, random.Next(1, 64)).Select(_ => (byte)random.Next(256)), .. bytes[at..]];
        }
    }
}
