using Dialectic.TableGen.Model;

namespace Dialectic.TableGen.Pdll;

/// <summary>A static method of a <c>[PdllPatterns]</c> class: a candidate implementation of a native constraint or
/// rewrite.</summary>
internal sealed record NativeMethod(string Name, NativeType Return, EquatableArray<NativeType> Parameters);

/// <summary>A C# type in a native signature: its fully qualified name, its kind, and whether it is exactly the kind's
/// base class (<c>Value</c>, <c>Attribute</c>, <c>Type</c>, <c>Operation</c>) rather than a class derived from it.</summary>
internal sealed record NativeType(string Name, ClrKind Kind, bool Exact);
