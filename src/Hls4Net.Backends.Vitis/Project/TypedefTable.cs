using Hls4Net.Backends.Cpp.Code;
using Hls4Net.Core.Numerics;

namespace Hls4Net.Backends.Vitis.Project;

/// <summary>The typedefs of defines.h in order of first definition; a name defined twice is an error.</summary>
public sealed class TypedefTable
{
    private readonly List<NamedValueModel> _entries = new();
    private readonly Dictionary<string, string> _owners = new(StringComparer.Ordinal);

    public IReadOnlyList<NamedValueModel> Entries => _entries;

    /// <summary>Add <c>typedef {type} {name};</c>, defined by <paramref name="owner"/> (for messages).</summary>
    public void Add(string name, FixedType type, string owner) => Add(name, type.ToString(), owner);

    /// <summary>Add <c>typedef {spelling} {name};</c> for a C++ type spelled out (e.g. an io_stream <c>nnet::array</c>).</summary>
    public void Add(string name, string spelling, string owner)
    {
        if (!IdentifierSanitizer.IsPlainIdentifier(name))
        {
            throw new VitisBackendException($"{owner}: type name '{name}' is not a valid C++ identifier");
        }
        if (_owners.TryGetValue(name, out var first))
        {
            throw new VitisBackendException($"{owner}: type name '{name}' is already defined by {first}");
        }
        _owners[name] = owner;
        _entries.Add(new NamedValueModel(name, spelling));
    }
}
