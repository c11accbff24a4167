using System.Collections.Generic;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.Syntax;
using Type = Dialectic.Core.IR.Type;

namespace Dialectic.Dialects.Llvm;

/// <summary>
/// A function signature as <c>llvm.func</c> writes it (upstream function_interface_impl):
/// <c>(%a: i32 {attrs}, ...) -&gt; (i32 {attrs})</c>, arguments all named (a definition) or all bare types (a
/// declaration), with an optional trailing <c>...</c> for variadic functions.
/// </summary>
internal sealed class LlvmSignatureSyntax
{
    public readonly List<Type> Inputs = new();
    public readonly List<Type> Results = new();
    public readonly List<Attribute> ArgAttrs = new();
    public readonly List<Attribute> ResAttrs = new();
    public readonly List<(UnresolvedOperand Id, Type Type, LocationAttr? Loc)> EntryArguments = new();
    public bool IsVariadic;

    public bool Parse(OpAsmParser parser, OperationState state, bool allowVariadic)
    {
        parser.ParseLParen();
        if (!parser.ParseOptionalRParen())
        {
            bool? named = null;
            do
            {
                if (allowVariadic && LlvmSyntax.ParseOptionalEllipsis(parser))
                {
                    IsVariadic = true;
                    break;
                }
                bool isNamed = parser.IsOperandNext;
                if (named is { } n && n != isNamed)
                    return parser.EmitError(n ? "expected SSA identifier" : "expected type instead of SSA identifier");
                named = isNamed;
                if (isNamed)
                {
                    var id = parser.ParseOperand();
                    var type = parser.ParseColonType();
                    Inputs.Add(type);
                    ArgAttrs.Add(ParseOptionalDictionary(parser, state));
                    EntryArguments.Add((id, type, null));
                    int index = EntryArguments.Count - 1;
                    parser.ParseOptionalLocationSpecifier(loc =>
                    {
                        if (index < EntryArguments.Count)
                            EntryArguments[index] = (EntryArguments[index].Id, EntryArguments[index].Type, loc);
                    });
                }
                else
                {
                    Inputs.Add(parser.ParseType());
                    ArgAttrs.Add(ParseOptionalDictionary(parser, state));
                    parser.ParseOptionalLocationSpecifier(static _ => { });
                }
            }
            while (parser.ParseOptionalComma());
            parser.ParseRParen();
        }
        if (parser.ParseOptionalArrow())
        {
            if (parser.ParseOptionalLParen())
            {
                if (!parser.ParseOptionalRParen())
                {
                    do
                    {
                        Results.Add(parser.ParseType());
                        ResAttrs.Add(ParseOptionalDictionary(parser, state));
                    }
                    while (parser.ParseOptionalComma());
                    parser.ParseRParen();
                }
            }
            else
            {
                Results.Add(parser.ParseType());
                ResAttrs.Add(DictionaryAttr.Get(parser.Context, []));
            }
        }
        return true;
    }

    /// <summary>Adds <c>arg_attrs</c>/<c>res_attrs</c> when some dictionary is not empty.</summary>
    public void AddArgAndResultAttrs(Context context, List<NamedAttribute> props)
    {
        if (AnyNonEmpty(ArgAttrs))
            props.Add(new NamedAttribute("arg_attrs", ArrayAttr.Get(context, ArgAttrs.ToArray())));
        if (AnyNonEmpty(ResAttrs))
            props.Add(new NamedAttribute("res_attrs", ArrayAttr.Get(context, ResAttrs.ToArray())));
    }

    private static DictionaryAttr ParseOptionalDictionary(OpAsmParser parser, OperationState state)
    {
        int before = state.Attributes.Count;
        parser.ParseOptionalAttrDict();
        int added = state.Attributes.Count - before;
        if (added == 0)
            return DictionaryAttr.Get(parser.Context, []);
        var entries = state.Attributes.GetRange(before, added).ToArray();
        state.Attributes.RemoveRange(before, added);
        return DictionaryAttr.Get(parser.Context, entries);
    }

    private static bool AnyNonEmpty(List<Attribute> dicts)
    {
        foreach (var d in dicts)
            if (d is DictionaryAttr { IsEmpty: false })
                return true;
        return false;
    }

    private static DictionaryAttr? AttrsAt(ArrayAttr? array, int i) =>
        array != null && i < array.Count && array[i] is DictionaryAttr { IsEmpty: false } d ? d : null;

    /// <summary>Prints <c>(%arg0: i32, ...) -&gt; i32</c>; arguments are named when <paramref name="entry"/> is
    /// given.</summary>
    public static void Print(OpAsmPrinter printer, Block? entry, System.ReadOnlySpan<Type> inputs, bool variadic,
        System.ReadOnlySpan<Type> results, ArrayAttr? argAttrs, ArrayAttr? resAttrs)
    {
        printer.Write('(');
        for (int i = 0; i < inputs.Length; i++)
        {
            if (i > 0)
                printer.Write(", ");
            bool named = entry != null && i < entry.Arguments.Count;
            if (named)
            {
                printer.PrintOperand(entry!.Arguments[i]);
                printer.Write(": ");
            }
            printer.PrintType(inputs[i]);
            if (AttrsAt(argAttrs, i) is { } attrs)
                printer.PrintOptionalAttrDict(attrs);
            if (named)
                printer.PrintOptionalLocationSpecifier(entry!.Arguments[i]);
        }
        if (variadic)
            printer.Write(inputs.Length > 0 ? ", ..." : "...");
        printer.Write(')');
        if (results.Length == 0)
            return;
        printer.Write(" -> ");
        bool parens = results.Length > 1 || results[0] is Core.IR.Types.FunctionType || AttrsAt(resAttrs, 0) != null;
        if (parens)
            printer.Write('(');
        for (int i = 0; i < results.Length; i++)
        {
            if (i > 0)
                printer.Write(", ");
            printer.PrintType(results[i]);
            if (AttrsAt(resAttrs, i) is { } attrs)
                printer.PrintOptionalAttrDict(attrs);
        }
        if (parens)
            printer.Write(')');
    }
}
