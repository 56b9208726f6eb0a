namespace Hls4Net.Cli.Tests.Fuzz;

/// <summary>Format-blind corruptions of a file's bytes: truncation, bit flips, overwritten and deleted runs.</summary>
internal static class ByteMutations
{
    /// <summary><paramref name="count"/> corrupted copies of <paramref name="original"/>, named by what was done.</summary>
    public static IEnumerable<(string Name, byte[] Bytes)> Generate(byte[] original, FuzzRandom rng, int count)
    {
        for (var i = 0; i < count; i++)
        {
            yield return (i % 4) switch
            {
                0 => Truncate(original, rng),
                1 => FlipBits(original, rng),
                2 => Overwrite(original, rng),
                _ => DeleteRun(original, rng),
            };
        }
    }

    /// <summary>Cut at a random length; half the time early in the file, where the headers are.</summary>
    public static (string, byte[]) Truncate(byte[] b, FuzzRandom rng)
    {
        var n = rng.Chance(50) ? rng.Next(Math.Min(b.Length, 256)) : rng.Next(b.Length);
        return ($"truncate{n}", b[..n]);
    }

    public static (string, byte[]) FlipBits(byte[] b, FuzzRandom rng)
    {
        var copy = (byte[])b.Clone();
        var flips = rng.Between(1, 8);
        var at = new List<int>();
        for (var k = 0; k < flips; k++)
        {
            var pos = rng.Chance(50) ? rng.Next(Math.Min(b.Length, 512)) : rng.Next(b.Length);
            copy[pos] ^= (byte)(1 << rng.Next(8));
            at.Add(pos);
        }
        return ($"flip@{string.Join('.', at)}", copy);
    }

    public static (string, byte[]) Overwrite(byte[] b, FuzzRandom rng)
    {
        var copy = (byte[])b.Clone();
        var pos = rng.Next(b.Length);
        var len = Math.Min(rng.Between(1, 16), b.Length - pos);
        var fill = rng.Pick(new byte[] { 0x00, 0xFF, 0x7F, 0x80 });
        var random = rng.Chance(50);
        for (var k = 0; k < len; k++) copy[pos + k] = random ? (byte)rng.Next(256) : fill;
        return ($"overwrite{pos}+{len}", copy);
    }

    public static (string, byte[]) DeleteRun(byte[] b, FuzzRandom rng)
    {
        var pos = rng.Next(b.Length);
        var len = Math.Min(rng.Between(1, 32), b.Length - pos);
        return ($"delete{pos}+{len}", [.. b[..pos], .. b[(pos + len)..]]);
    }
}
