using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using HandlebarsDotNet.ObjectDescriptors;

namespace Hls4Net.Backends.Cpp.Templates;

/// <summary>
/// Describes a template model (an anonymous type or a record of the emitters) by its public instance properties, read
/// through <see cref="PropertyInfo.GetValue(object)"/>. Handlebars' own object accessor builds a generic getter per
/// property at run time (<c>MakeGenericMethod</c> over the property type), which a Native AOT build cannot do for
/// value types; this one renders the same text under the JIT and under Native AOT (docs/benchmarks.md, "Start-up and
/// JIT"). Strings, primitives, enums and collections are left to Handlebars' own descriptors.
/// </summary>
internal sealed class PropertyModelDescriptorProvider : IObjectDescriptorProvider
{
    [UnconditionalSuppressMessage("Trimming", "IL2070",
        Justification = "Template models are types of Hls4Net.Backends.Vitis and Hls4Net.Backends.Cpp, which the Native AOT build roots whole (TrimmerRootAssembly in Hls4Net.Cli.csproj), so their properties keep their metadata.")]
    public bool TryGetDescriptor(Type type, out ObjectDescriptor value)
    {
        if (type == typeof(string) || type.IsPrimitive || type.IsEnum || typeof(IEnumerable).IsAssignableFrom(type))
        {
            value = ObjectDescriptor.Empty;
            return false;
        }
        var accessor = new PropertyModelAccessor(type.GetProperties(BindingFlags.Public | BindingFlags.Instance));
        value = new ObjectDescriptor(type, accessor, (_, _) => accessor.Names,
            _ => new UnsupportedPropertyIterator(type));
        return true;
    }
}
