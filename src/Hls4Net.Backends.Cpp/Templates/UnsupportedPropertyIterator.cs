using HandlebarsDotNet;
using HandlebarsDotNet.Compiler;
using HandlebarsDotNet.Iterators;
using HandlebarsDotNet.PathStructure;

namespace Hls4Net.Backends.Cpp.Templates;

/// <summary>
/// The <c>{{#each}}</c> iterator of a template model object (<see cref="PropertyModelDescriptorProvider"/>): no
/// template iterates over a model's properties, so doing so is an error naming the type.
/// </summary>
internal sealed class UnsupportedPropertyIterator(Type type) : IIterator
{
    public void Iterate(in EncodedTextWriter writer, BindingContext context, ChainSegment[] blockParamsVariables,
        object input, TemplateDelegate template, TemplateDelegate ifEmpty) =>
        throw new NotSupportedException($"a template iterated over the properties of {type.Name}");
}
