using Hls4Net.Backends.Cpp.Templates;

namespace Hls4Net.Backends.Vitis.Emitters;

/// <summary>
/// Finds the Vitis templates: <c>vitis/</c> under the templates root (<see cref="TemplatesRoot.Find"/>), searched after
/// any <see cref="Overlays"/>.
/// </summary>
public sealed class TemplateLocator
{
    /// <summary>The backend's own folder under the templates root.</summary>
    public const string BackendFolder = "vitis";

    /// <param name="root">The folder that contains <c>vitis/</c>; default: the search above.</param>
    /// <param name="overlays">
    /// Folders laid over <c>vitis/</c>, searched first (first wins): a file there (e.g. <c>layers/dense_config.hbs</c> or
    /// <c>nnet_utils/nnet_dense.h</c>) replaces the backend's own.
    /// </param>
    public TemplateLocator(string? root = null, IEnumerable<string>? overlays = null)
    {
        Root = root ?? TemplatesRoot.Find(BackendFolder);
        Overlays = (overlays ?? []).ToList();
        Folders = new TemplateFolders([.. Overlays, Path.Combine(Root, BackendFolder)]);
    }

    /// <summary>The folder that contains <c>vitis/</c>.</summary>
    public string Root { get; }

    /// <summary>Overlay folders, searched before <c>vitis/</c>.</summary>
    public IReadOnlyList<string> Overlays { get; }

    /// <summary>The search path: the overlays, then <c>vitis/</c>.</summary>
    public TemplateFolders Folders { get; }

    /// <summary>Full path of a template file (an overlay's copy when it has one, else the one under templates/vitis).</summary>
    public string VitisFile(string relativePath) => Folders.Find(relativePath);
}
