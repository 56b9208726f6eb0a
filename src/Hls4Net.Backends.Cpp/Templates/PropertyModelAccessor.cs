using System.Reflection;
using HandlebarsDotNet.MemberAccessors;
using HandlebarsDotNet.PathStructure;

namespace Hls4Net.Backends.Cpp.Templates;

/// <summary>Reads one model type's public properties by name (ordinal, case-sensitive) with <see cref="PropertyInfo.GetValue(object)"/>.</summary>
internal sealed class PropertyModelAccessor : IMemberAccessor
{
    private readonly Dictionary<string, PropertyInfo> _properties;

    public PropertyModelAccessor(IEnumerable<PropertyInfo> properties)
    {
        _properties = properties.Where(p => p.GetIndexParameters().Length == 0).ToDictionary(p => p.Name, StringComparer.Ordinal);
        Names = _properties.Keys.ToArray();
    }

    /// <summary>The property names, in declaration order.</summary>
    public string[] Names { get; }

    public bool TryGetValue(object instance, ChainSegment memberName, out object? value)
    {
        if (_properties.TryGetValue(memberName.TrimmedValue, out var property))
        {
            value = property.GetValue(instance);
            return true;
        }
        value = null;
        return false;
    }
}
