namespace Hls4Net.Core.Ir.Ops;

/// <summary>
/// What an importer changed around a tree ensemble (a classifier's label output not produced, a ZipMap tail read as
/// the probabilities), recorded on the <see cref="TreeEnsembleOp"/> node so that <c>hls4net inspect</c> shows it.
/// </summary>
public static class TreeImportNotes
{
    /// <summary>The notes of a node, in the order they were recorded.</summary>
    public static readonly DataKey<IReadOnlyList<string>> Notes = new("import.tree_notes");

    /// <summary>Append <paramref name="note"/> to the notes of <paramref name="node"/>.</summary>
    public static void Record(Node node, string note)
    {
        var list = node.Annotations.TryGet(Notes, out var old) ? [.. old, note] : new List<string> { note };
        node.Annotations.Set(Notes, list.AsReadOnly());
    }

    /// <summary>The notes of <paramref name="node"/> (empty when none).</summary>
    public static IReadOnlyList<string> Of(Node node) => node.Annotations.TryGet(Notes, out var list) ? list : [];
}
