using System;
using System.Collections.Generic;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Types;
using Dialectic.Core.Syntax;

namespace Dialectic.Core.IR.Declarations;

/// <summary>
/// The pieces of custom syntax that generated assembly-format parsers and printers share, so that generated
/// code stays short. Nothing here is specific to one op.
/// </summary>
public static class GeneratedSyntax
{
    /// <summary>A comma-separated list of types, possibly empty (MLIR's <c>parseOptionalTypeList</c>... shape).</summary>
    public static void ParseTypeList(OpAsmParser parser, List<Type> types)
    {
        if (parser.ParseOptionalType() is not { } first)
            return;
        types.Add(first);
        while (parser.ParseOptionalComma())
            types.Add(parser.ParseType());
    }

    /// <summary>Moves inherent attributes written in the attribute dictionary into the properties and stores
    /// them, with <paramref name="properties"/> parsed from the format, as the state's properties.</summary>
    public static void SetProperties(OperationState state, List<NamedAttribute> properties, string[] inherent)
    {
        for (int i = state.Attributes.Count - 1; i >= 0; i--)
        {
            if (Array.IndexOf(inherent, state.Attributes[i].Name) < 0)
                continue;
            properties.Add(state.Attributes[i]);
            state.Attributes.RemoveAt(i);
        }
        if (properties.Count > 0)
            state.Properties = DictionaryAttr.Get(state.Location.Context, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(properties));
    }

    /// <summary><c>attr-dict</c>: inherent and discardable attributes, less <paramref name="elided"/> and those
    /// equal to their default (<paramref name="defaults"/>: name and default in MLIR syntax);
    /// <paramref name="includeProperties"/> is false when the format has a <c>prop-dict</c>.</summary>
    public static void PrintOptionalAttrDict(OpAsmPrinter printer, Operation op, ReadOnlySpan<string> elided, ReadOnlySpan<(string Name, string Default)> defaults, bool includeProperties = true)
    {
        if (NothingToPrint(op, elided, defaults, includeProperties))
            return;
        printer.PrintOptionalAttrDict(includeProperties ? Merged(op) : op.Attributes, Elided(op, elided, defaults));
    }

    /// <summary><c>attr-dict-with-keyword</c>; see <see cref="PrintOptionalAttrDict"/>.</summary>
    public static void PrintOptionalAttrDictWithKeyword(OpAsmPrinter printer, Operation op, ReadOnlySpan<string> elided, ReadOnlySpan<(string Name, string Default)> defaults, bool includeProperties = true)
    {
        if (NothingToPrint(op, elided, defaults, includeProperties))
            return;
        printer.PrintOptionalAttrDictWithKeyword(includeProperties ? Merged(op) : op.Attributes, Elided(op, elided, defaults));
    }

    /// <summary>
    /// The common case, decided without allocating: no discardable attributes, and every property elided or equal
    /// to its default. O(properties x (elided + defaults)).
    /// </summary>
    private static bool NothingToPrint(Operation op, ReadOnlySpan<string> elided, ReadOnlySpan<(string Name, string Default)> defaults, bool includeProperties)
    {
        if (!op.Attributes.IsEmpty)
            return false;
        if (!includeProperties || op.Properties is not DictionaryAttr props)
            return true;
        foreach (var p in props.Entries)
        {
            if (elided.IndexOf(p.Name) >= 0)
                continue;
            bool isDefault = false;
            foreach (var (name, dflt) in defaults)
                    if (name == p.Name)
                    {
                        isDefault = ReferenceEquals(p.Value, DefaultAttribute(op.Context, dflt));
                        break;
                    }
            if (!isDefault)
                return false;
        }
        return true;
    }

    /// <summary><c>prop-dict</c>: <c> &lt;{...}&gt;</c> with the properties not elided; nothing when none is left.</summary>
    public static void PrintPropDict(OpAsmPrinter printer, Operation op, ReadOnlySpan<string> elided, ReadOnlySpan<(string Name, string Default)> defaults)
    {
        if (op.Properties is not DictionaryAttr props || props.IsEmpty)
            return;
        var names = Elided(op, elided, defaults);
        var kept = props;
        foreach (var name in names)
            kept = kept.With(name, null);
        if (kept.IsEmpty)
            return;
        printer.Write(" <");
        printer.PrintAttribute(kept);
        printer.Write('>');
    }

    private static DictionaryAttr Merged(Operation op)
    {
        var attrs = op.Attributes;
        if (op.Properties is DictionaryAttr props)
            foreach (var p in props.Entries)
                attrs = attrs.With(p.Name, p.Value);
        return attrs;
    }

    private static string[] Elided(Operation op, ReadOnlySpan<string> elided, ReadOnlySpan<(string Name, string Default)> defaults)
    {
        if (defaults.IsEmpty)
            return elided.ToArray();
        var all = new List<string>(elided.ToArray());
        foreach (var (name, dflt) in defaults)
            if (op.GetInherentAttr(name) is { } value && ReferenceEquals(value, DefaultAttribute(op.Context, dflt)))
                all.Add(name);
        return all.ToArray();
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Context, System.Collections.Concurrent.ConcurrentDictionary<string, Attribute>> Defaults = new();

    /// <summary>
    /// The default value <paramref name="text"/> (MLIR attribute syntax, from the op declaration; a malformed one is a bug there) in
    /// <paramref name="context"/>; parsed once per context, then a lock-free lookup (printers call this per op).
    /// </summary>
    public static Attribute DefaultAttribute(Context context, string text)
    {
        var cache = Defaults.GetValue(context, static _ => new(StringComparer.Ordinal));
        if (cache.TryGetValue(text, out var attr))
            return attr;
        attr = SourceParser.ParseAttribute(context, text)
            ?? throw new InvalidOperationException($"invalid default attribute '{text}'");
        return cache.GetOrAdd(text, attr); // uniqued: a racing parse yields the same attribute
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Context, System.Collections.Concurrent.ConcurrentDictionary<string, Type>> NamedTypes = new();

    /// <summary>The type <paramref name="text"/> (MLIR syntax, from a declaration's <c>ValueType</c>), parsed once per context.</summary>
    public static Type NamedType(Context context, string text)
    {
        var cache = NamedTypes.GetValue(context, static _ => new(StringComparer.Ordinal));
        if (cache.TryGetValue(text, out var type))
            return type;
        type = SourceParser.ParseType(context, text)
            ?? throw new InvalidOperationException($"invalid value type '{text}'");
        return cache.GetOrAdd(text, type);
    }

    /// <summary>
    /// A literal printed without its type (<c>16</c>, <c>1.5</c>) read as a value of <paramref name="type"/>, as
    /// ODS parses an <c>I32Attr</c> in a format; null after reporting an error.
    /// </summary>
    public static Attribute? ParseValueOfType(OpAsmParser parser, Type type) => parser.ParseLiteralOfType(type);

    /// <summary>MLIR's wording when a property value is not of the property's storage class.</summary>
    public static string InvalidProperty(string name, Attribute attr) => $"Invalid attribute `{name}` in property conversion: {attr}";

    /// <summary>Values separated by <c>", "</c>.</summary>
    public static void PrintOperands(OpAsmPrinter printer, ReadOnlySpan<OpOperand> operands)
    {
        for (int i = 0; i < operands.Length; i++)
        {
            if (i > 0)
                printer.Write(", ");
            printer.PrintOperand(operands[i].Value);
        }
    }

    /// <summary>Types separated by <c>", "</c>.</summary>
    public static void PrintTypes(OpAsmPrinter printer, List<Type> types)
    {
        for (int i = 0; i < types.Count; i++)
        {
            if (i > 0)
                printer.Write(", ");
            printer.PrintType(types[i]);
        }
    }

    /// <summary>MLIR's <c>printFunctionalType</c>: <c>(inputs) -> result</c>, results parenthesized unless there
    /// is exactly one that is not itself a function type.</summary>
    public static void PrintFunctionalType(OpAsmPrinter printer, List<Type> inputs, List<Type> results)
    {
        printer.Write('(');
        PrintTypes(printer, inputs);
        printer.Write(") -> ");
        bool wrap = results.Count != 1 || results[0] is Types.FunctionType;
        if (wrap)
            printer.Write('(');
        PrintTypes(printer, results);
        if (wrap)
            printer.Write(')');
    }

    public static List<Type> TypesOf(Value? value) => value == null ? new List<Type>() : new List<Type> { value.Type };

    public static List<Type> TypesOf(ReadOnlySpan<OpOperand> operands)
    {
        var types = new List<Type>(operands.Length);
        foreach (var o in operands)
            types.Add(o.Value.Type);
        return types;
    }

    public static List<Type> TypesOf(ReadOnlySpan<OpResult> results)
    {
        var types = new List<Type>(results.Length);
        foreach (var r in results)
            types.Add(r.Type);
        return types;
    }
}
