using System.Text.Json.Nodes;

namespace Hls4Net.Cli.Tests.Fuzz;

/// <summary>Structural damage to a JSON document: a value replaced by one of another type or a hostile number, removed, or added.</summary>
internal static class JsonMutations
{
    public static string Mutate(string json, FuzzRandom rng, out string what)
    {
        var root = JsonNode.Parse(json)!;
        var slots = new List<(JsonNode Parent, string? Key, int Index)>();
        Collect(root, slots);
        var (parent, key, index) = rng.Pick(slots);
        var action = rng.Next(10);
        if (action == 0 && parent is JsonObject o && key is not null)
        {
            o.Remove(key);
            what = $"remove({key})";
        }
        else if (action == 1 && parent is JsonArray a0)
        {
            a0.Add(Hostile(rng));
            what = "append";
        }
        else
        {
            var value = Hostile(rng);
            what = $"set({key ?? index.ToString(System.Globalization.CultureInfo.InvariantCulture)}={value?.ToJsonString() ?? "null"})";
            if (what.Length > 60) what = what[..60] + "…)";
            if (parent is JsonObject obj) obj[key!] = value;
            else ((JsonArray)parent)[index] = value;
        }
        return root.ToJsonString();
    }

    private static void Collect(JsonNode node, List<(JsonNode, string?, int)> slots)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (k, v) in o.ToList())
                {
                    slots.Add((o, k, -1));
                    if (v is not null) Collect(v, slots);
                }
                break;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++)
                {
                    slots.Add((a, null, i));
                    if (a[i] is { } v) Collect(v, slots);
                }
                break;
        }
    }

    private static JsonNode? Hostile(FuzzRandom rng) => rng.Next(18) switch
    {
        0 => null,
        1 => JsonValue.Create(true),
        2 => JsonValue.Create(0),
        3 => JsonValue.Create(-1),
        4 => JsonValue.Create(1.5),
        5 => JsonValue.Create(1e300),
        6 => JsonValue.Create(2147483648L),
        7 => JsonValue.Create(long.MinValue),
        8 => JsonValue.Create(""),
        9 => JsonValue.Create("x"),
        10 => JsonValue.Create("../../../etc/passwd"),
        11 => new JsonArray(),
        12 => new JsonObject(),
        13 => new JsonArray(JsonValue.Create(1), JsonValue.Create("a"), null),
        14 => new JsonObject { ["class_name"] = null, ["config"] = new JsonArray() },
        15 => JsonValue.Create(new string('w', 5000)),
        16 => JsonValue.Create(65536 * 65536L),
        _ => new JsonArray(new JsonArray(new JsonArray(new JsonArray()))),
    };
}
