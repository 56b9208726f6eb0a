using Hls4Net.Core.Ir;

namespace Hls4Net.Core.Passes;

/// <summary>
/// Collects "this hls4ml key is not applied" warnings per (key, section, value, reason) so that a Model-level key
/// gives one line listing its layers instead of one line per layer; <see cref="Flush"/> writes them in order.
/// </summary>
internal sealed class KeyNotes
{
    private readonly List<(string Head, string Reason, List<string> Layers)> _notes = [];

    /// <summary>A key that reached a layer it is meant for, but that Hls4Net does not apply, and why.</summary>
    public void Refuse(Node node, string key, string source, string value, string reason) =>
        Add($"{source}.{key} '{value}' is not applied", reason, $"'{node.Name}' ({node.Op.Kind})");

    /// <summary>A key that reached a layer of a kind it does not apply to.</summary>
    public void NotFor(Node node, string key, string source, string value, string applies) =>
        Add($"{source}.{key} '{value}' has no effect", $"it applies to {applies} only", $"'{node.Name}' ({node.Op.Kind})");

    /// <summary>A Model-level key for a kind of layer the model does not have.</summary>
    public void Unused(string source, string key, string value, string applies) =>
        Add($"{source}.{key} '{value}' has no effect", $"it applies to {applies}, and this model has none", null);

    public void Flush(PassContext context)
    {
        foreach (var (head, reason, layers) in _notes)
        {
            var on = layers.Count == 0 ? "" : $" on layer{(layers.Count > 1 ? "s" : "")} {string.Join(", ", layers)}";
            context.Log.Warning("{Head:l}{On:l}: {Reason:l}", head, on, reason);
        }
        _notes.Clear();
    }

    private void Add(string head, string reason, string? layer)
    {
        var i = _notes.FindIndex(n => n.Head == head && n.Reason == reason);
        if (i < 0)
        {
            _notes.Add((head, reason, []));
            i = _notes.Count - 1;
        }
        if (layer is not null) _notes[i].Layers.Add(layer);
    }
}
