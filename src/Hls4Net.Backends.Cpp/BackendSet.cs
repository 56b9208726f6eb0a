using Serilog;

namespace Hls4Net.Backends.Cpp;

/// <summary>
/// The backends a program offers, by the names a config's <c>Backend:</c> may use (case-insensitive; one backend may
/// answer to several names, as Vitis does to hls4ml's <c>Vivado</c>). Built in code by its owner; no global state.
/// </summary>
public sealed class BackendSet
{
    private readonly Dictionary<string, Func<ILogger?, IBackend>> _factories = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> _names = [];

    /// <summary>The names accepted, in the order they were added.</summary>
    public IReadOnlyList<string> Names => _names;

    /// <summary>Offer the backend made by <paramref name="factory"/> (given the logger to use) under <paramref name="name"/>.</summary>
    /// <exception cref="ArgumentException">The name is already taken.</exception>
    public BackendSet Add(string name, Func<ILogger?, IBackend> factory)
    {
        if (!_factories.TryAdd(name, factory)) throw new ArgumentException($"backend name '{name}' is added twice", nameof(name));
        _names.Add(name);
        return this;
    }

    /// <summary>A new instance of the backend called <paramref name="name"/>.</summary>
    /// <exception cref="BackendException">No backend has that name (the message lists those that exist).</exception>
    public IBackend For(string name, ILogger? logger = null) =>
        _factories.TryGetValue(name, out var factory)
            ? factory(logger)
            : throw new BackendException($"backend '{name}' is not available (available: {string.Join(", ", _names)})");
}
