using System.Text.Json;
using Hls4Net.TestSupport;
using Json.Schema;

namespace Hls4Net.Cli.Tests.Contract;

/// <summary>The checked-in JSON schema of each command's --json output (tests/Hls4Net.Cli.Tests/Schemas/&lt;command&gt;.schema.json).</summary>
internal static class CommandSchemas
{
    private static readonly Dictionary<string, JsonSchema> Loaded = new(StringComparer.Ordinal);

    public static string Folder => Path.Combine(RepoPaths.RepoRoot, "tests", "Hls4Net.Cli.Tests", "Schemas");

    public static JsonSchema For(string command)
    {
        lock (Loaded)
        {
            if (!Loaded.TryGetValue(command, out var schema))
            {
                schema = JsonSchema.FromText(File.ReadAllText(Path.Combine(Folder, $"{command}.schema.json")));
                Loaded[command] = schema;
            }
            return schema;
        }
    }

    /// <summary>Null when <paramref name="json"/> is valid against the command's schema, else the validator's errors.</summary>
    public static string? Problems(string command, string json)
    {
        using var doc = JsonDocument.Parse(json);
        var result = For(command).Evaluate(doc.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (result.IsValid) return null;
        var details = (result.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} ({d.EvaluationPath}): {e.Key}: {e.Value}"));
        return string.Join("\n", details.Take(20));
    }

    /// <summary>Assert that stdout is one JSON value valid against the command's schema.</summary>
    public static void AssertValid(string command, string stdout)
    {
        var problems = Problems(command, stdout);
        Assert.True(problems is null, $"{command} --json output does not match {command}.schema.json:\n{problems}\n--- output:\n{stdout}");
    }
}
