using System.Text;
using Hls4Net.TestSupport;

namespace Hls4Net.Cli.Tests.Fuzz;

/// <summary>
/// Hostile input-data files for emulate --input and convert --input on the jet_mlp sample (16 features): CSV with
/// wrong headers, widths, numbers and encodings, and NPY files with wrong magic, versions, header lengths, dtypes,
/// orders, shapes (negative, zero, huge, overflowing) and truncated data; plus byte damage to valid files.
/// </summary>
internal sealed class SampleFileCorpus
{
    private readonly FuzzRandom _rng;
    private int _n;

    public SampleFileCorpus(FuzzRandom rng) => _rng = rng;

    public IEnumerable<FuzzCase> Generate(int byteCases)
    {
        var csv = File.ReadAllBytes(RepoPaths.Sample("jet_mlp_input.csv"));
        var text = Encoding.ASCII.GetString(csv);
        var lines = text.TrimEnd('\n').Split('\n');
        var row = lines[1];
        string Rows(int n, string r) => string.Concat(Enumerable.Repeat(r + "\n", n));
        var hostileCsv = new List<(string, string)>
        {
            ("empty", ""), ("header-only", lines[0] + "\n"), ("blank-lines", "\n\n\n"), ("comments-only", "# a\n# b\n"),
            ("one-column", "1\n2\n"), ("wide", Rows(2, row + ",1")), ("narrow", Rows(2, string.Join(",", row.Split(',')[..15]))),
            ("ragged", row + "\n" + string.Join(",", row.Split(',')[..3]) + "\n"), ("nan", Rows(2, row.Replace(row.Split(',')[0], "nan"))),
            ("inf", Rows(2, "inf," + string.Join(",", row.Split(',')[1..]))), ("neg-inf", Rows(1, "-Infinity," + string.Join(",", row.Split(',')[1..]))),
            ("huge", Rows(1, "1e308," + string.Join(",", row.Split(',')[1..]))), ("overflow", Rows(1, "1e999," + string.Join(",", row.Split(',')[1..]))),
            ("hex", Rows(1, "0x10," + string.Join(",", row.Split(',')[1..]))), ("decimal-comma", Rows(1, row.Replace('.', ','))),
            ("semicolons", Rows(2, row.Replace(',', ';'))), ("tabs", Rows(2, row.Replace(',', '\t'))), ("crlf", text.Replace("\n", "\r\n")),
            ("bom", "\uFEFF" + text), ("utf16", Encoding.Unicode.GetString(Encoding.UTF8.GetBytes(text))), ("quoted", Rows(1, "\"" + row.Replace(",", "\",\"") + "\"")),
            ("unicode-digits", Rows(1, "١٢," + string.Join(",", row.Split(',')[1..]))), ("header-mid", row + "\n" + lines[0] + "\n"),
            ("numeric-header", string.Join(",", Enumerable.Range(0, 16)) + "\n" + row + "\n"), ("binary", "\0\x01\x02\xff"),
            ("very-wide", Rows(1, string.Join(",", Enumerable.Repeat("0.5", 200_000)))), ("long-line", Rows(1, new string('1', 100_000))),
            ("many-rows", Rows(5_000, row)), ("trailing-commas", Rows(2, row + ",,,")), ("leading-comma", Rows(2, "," + row)),
            ("signs", Rows(1, "+-1," + string.Join(",", row.Split(',')[1..]))), ("spaces-inside", Rows(1, row.Replace(",", " , "))),
        };
        foreach (var (what, content) in hostileCsv) yield return Case("csv", what, "x.csv", Encoding.UTF8.GetBytes(content));
        foreach (var (what, bytes) in ByteMutations.Generate(csv, _rng, byteCases))
        {
            yield return Case("csv-bytes", what, "x.csv", bytes);
        }

        var values = lines.Skip(1).SelectMany(l => l.Split(',')).Select(v => float.Parse(v, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var valid = Npy("<f4", "(8, 16)", values.SelectMany(BitConverter.GetBytes).ToArray());
        var floats = values.SelectMany(BitConverter.GetBytes).ToArray();
        var hostileNpy = new List<(string, byte[])>
        {
            ("valid", valid), ("empty", []), ("magic-only", [0x93, .. "NUMPY"u8]), ("bad-magic", [.. "NUMPX"u8, 1, 0, 0, 0]),
            ("f8", Npy("<f8", "(8, 16)", values.SelectMany(v => BitConverter.GetBytes((double)v)).ToArray())),
            ("i4", Npy("<i4", "(2, 16)", new byte[2 * 16 * 4])), ("big-endian", Npy(">f4", "(8, 16)", floats)), ("u1", Npy("|u1", "(8, 16)", new byte[128])),
            ("f2", Npy("<f2", "(8, 16)", new byte[256])), ("c8", Npy("<c8", "(8, 16)", new byte[1024])), ("object", Npy("|O", "(8, 16)", new byte[1024])),
            ("fortran", Npy("<f4", "(8, 16)", floats, fortran: true)), ("scalar", Npy("<f4", "()", floats[..4])), ("one-d", Npy("<f4", "(16,)", floats[..64])),
            ("one-d-wrong", Npy("<f4", "(15,)", floats[..60])), ("three-d", Npy("<f4", "(2, 4, 4)", floats[..128])), ("zero-rows", Npy("<f4", "(0, 16)", [])),
            ("zero-width", Npy("<f4", "(8, 0)", [])), ("zero-1d", Npy("<f4", "(0,)", [])), ("negative", Npy("<f4", "(-1, 16)", floats)),
            ("negative-width", Npy("<f4", "(8, -16)", floats)), ("huge-rows", Npy("<f4", "(2147483647, 16)", floats)),
            ("overflow-dim", Npy("<f4", "(99999999999, 16)", floats)), ("overflow-product", Npy("<f4", "(65536, 65536, 65536, 65536)", floats)),
            ("wraps-to-small", Npy("<f4", "(4294967297, 16)", floats)), ("product-wraps", Npy("<f4", "(4294967296, 4294967296, 16)", floats)),
            ("huge-width", Npy("<f4", "(1, 2000000000)", floats)), ("truncated-data", Npy("<f4", "(8, 16)", floats[..100])),
            ("shape-text", Npy("<f4", "(a, b)", floats)), ("shape-float", Npy("<f4", "(8.0, 16)", floats)), ("shape-spaces", Npy("<f4", "( 8 ,16 , )", floats)),
            ("no-shape", Header("{'descr': '<f4', 'fortran_order': False, }", floats)), ("no-descr", Header("{'fortran_order': False, 'shape': (8, 16), }", floats)),
            ("header-garbage", Header("\0\xff\x01", floats)), ("header-len-huge", [0x93, .. "NUMPY"u8, 1, 0, 0xff, 0xff, .. "{'descr'"u8]),
            ("v2-header-len-negative", [0x93, .. "NUMPY"u8, 2, 0, 0xff, 0xff, 0xff, 0xff, .. "{'descr': '<f4'}"u8]),
            ("v3-header-len-huge", [0x93, .. "NUMPY"u8, 3, 0, 0x00, 0x00, 0x00, 0x7f, .. "{}"u8]),
            ("version-9", [0x93, .. "NUMPY"u8, 9, 0, 10, 0, .. "{}        "u8]), ("nan", Npy("<f4", "(1, 16)", Enumerable.Repeat(BitConverter.GetBytes(float.NaN), 16).SelectMany(b => b).ToArray())),
            ("inf", Npy("<f8", "(1, 16)", Enumerable.Repeat(BitConverter.GetBytes(double.PositiveInfinity), 16).SelectMany(b => b).ToArray())),
            ("i8-huge", Npy("<i8", "(1, 16)", Enumerable.Repeat(BitConverter.GetBytes(long.MaxValue), 16).SelectMany(b => b).ToArray())),
        };
        foreach (var (what, bytes) in hostileNpy) yield return Case("npy", what, "x.npy", bytes);
        foreach (var (what, bytes) in ByteMutations.Generate(valid, _rng, byteCases))
        {
            yield return Case("npy-bytes", what, "x.npy", bytes);
        }
    }

    /// <summary>A version 1.0 .npy file with the given dtype descriptor, shape text and raw data.</summary>
    public static byte[] Npy(string descr, string shape, byte[] data, bool fortran = false) =>
        Header($"{{'descr': '{descr}', 'fortran_order': {(fortran ? "True" : "False")}, 'shape': {shape}, }}", data);

    private static byte[] Header(string dict, byte[] data)
    {
        var header = dict;
        while ((10 + header.Length + 1) % 64 != 0) header += " ";
        header += "\n";
        var h = Encoding.Latin1.GetBytes(header);
        return [0x93, .. "NUMPY"u8, 1, 0, (byte)(h.Length & 0xff), (byte)(h.Length >> 8), .. h, .. data];
    }

    private FuzzCase Case(string category, string name, string file, byte[] data)
    {
        var files = new Dictionary<string, byte[]> { ["model.onnx"] = File.ReadAllBytes(RepoPaths.Sample("jet_mlp.onnx")), [file] = data };
        string[] args = _n++ % 2 == 0
            ? ["emulate", "@in/model.onnx", "--input", "@in/" + file]
            : ["convert", "@in/model.onnx", "--input", "@in/" + file, "-o", "@" + FuzzCase.ProjectFolder];
        return new FuzzCase(category, name, files, args);
    }
}
