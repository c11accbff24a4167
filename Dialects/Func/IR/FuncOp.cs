using System.Collections.Generic;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Declarations;
using Dialectic.Core.IR.Types;
using Dialectic.Core.Syntax;

namespace Dialectic.Dialects.Func;

/// <summary>
/// <c>func.func</c>: <c>func.func (private|public|nested)? @name(%arg0: i32 {attrs}, ...) -> (i32 {attrs}, ...)
/// (attributes {...})? ({ body })?</c>, printed as mlir-opt prints it (function_interface_impl).
/// </summary>
[Op("func", "func", Summary = "An operation with a name containing a single `SSACFG` region",
    Description = "Operations within the function cannot implicitly capture values defined outside of the "
        + "function, i.e. Functions are `IsolatedFromAbove`. All external references must use function "
        + "arguments or attributes that establish a symbolic connection (e.g. symbols referenced by name via a "
        + "string attribute like SymbolRefAttr). An external function declaration (used when referring to a "
        + "function declared in some other module) has no body.",
    DefaultDialect = "func")]
[Traits(OpTraits.IsIsolatedFromAbove, OpTraits.Symbol, OpTraits.AffineScope)]
public sealed partial class FuncOp : Operation
{
    [Property]
    public partial StringAttr SymName { get; }

    [Property(Name = "function_type", ConstraintMethod = nameof(IsFunctionTypeAttr), ConstraintSummary = "type attribute of function type")]
    public partial TypeAttr FunctionTypeAttr { get; }

    [Property]
    public partial StringAttr? SymVisibility { get; }

    [Property(ConstraintMethod = nameof(IsDictionaryArray), ConstraintSummary = "Array of dictionary attributes")]
    public partial ArrayAttr? ArgAttrs { get; }

    [Property(ConstraintMethod = nameof(IsDictionaryArray), ConstraintSummary = "Array of dictionary attributes")]
    public partial ArrayAttr? ResAttrs { get; }

    [Region]
    public partial Region Body { get; }

    /// <summary>The function's type (<c>function_type</c>).</summary>
    public FunctionType Signature => (FunctionType)FunctionTypeAttr.Value;

    /// <summary>True for a declaration (no body).</summary>
    public bool IsExternal => Body.IsEmpty;

    private static bool IsFunctionTypeAttr(Attribute attr) => attr is TypeAttr { Value: FunctionType };

    private static bool IsDictionaryArray(Attribute attr)
    {
        if (attr is not ArrayAttr array)
            return false;
        foreach (var e in array.Elements)
            if (e is not DictionaryAttr)
                return false;
        return true;
    }

    private static bool Parse(OpAsmParser parser, OperationState state)
    {
        var context = parser.Context;
        var props = new List<NamedAttribute>();
        foreach (var keyword in (string[])["private", "public", "nested"])
            if (parser.ParseOptionalKeyword(keyword))
            {
                props.Add(new NamedAttribute("sym_visibility", StringAttr.Get(context, keyword)));
                break;
            }
        if (parser.ParseOptionalSymbolName() is not { } name)
            return parser.EmitError("expected valid '@'-identifier for symbol name");
        props.Add(new NamedAttribute("sym_name", StringAttr.GetFromBytes(context, name)));

        // Arguments: either all named (`%a: i32 {attrs}`) or all bare types (`i32 {attrs}`).
        var entryArgs = new List<(UnresolvedOperand Id, Type Type, LocationAttr? Loc)>();
        var body = state.AddRegion();
        Block? entryBlock = null; // set once parsed: deferred `loc(#alias)` of arguments land on it
        var inputs = new List<Type>();
        var argAttrs = new List<Attribute>();
        parser.ParseLParen();
        if (!parser.ParseOptionalRParen())
        {
            bool? named = null;
            do
            {
                bool isNamed = parser.IsOperandNext;
                if (named is { } n && n != isNamed)
                    return parser.EmitError(n ? "expected SSA identifier" : "expected type instead of SSA identifier");
                named = isNamed;
                if (isNamed)
                {
                    var id = parser.ParseOperand();
                    var type = parser.ParseColonType();
                    entryArgs.Add((id, type, null));
                    inputs.Add(type);
                    argAttrs.Add(ParseOptionalDictionary(parser, state));
                    // `loc(...)` of the entry block argument; an alias defined further down is set on the argument later.
                    int index = entryArgs.Count - 1;
                    parser.ParseOptionalLocationSpecifier(loc =>
                    {
                        entryArgs[index] = (entryArgs[index].Id, entryArgs[index].Type, loc);
                        if (entryBlock != null && index < entryBlock.Arguments.Count)
                            entryBlock.Arguments[index].ArgLocation = loc;
                    });
                }
                else
                {
                    inputs.Add(parser.ParseType());
                    argAttrs.Add(ParseOptionalDictionary(parser, state));
                    parser.ParseOptionalLocationSpecifier(static _ => { }); // no argument to carry it
                }
            }
            while (parser.ParseOptionalComma());
            parser.ParseRParen();
        }

        var results = new List<Type>();
        var resAttrs = new List<Attribute>();
        if (parser.ParseOptionalArrow())
        {
            if (parser.ParseOptionalLParen())
            {
                if (!parser.ParseOptionalRParen())
                {
                    do
                    {
                        results.Add(parser.ParseType());
                        resAttrs.Add(ParseOptionalDictionary(parser, state));
                    }
                    while (parser.ParseOptionalComma());
                    parser.ParseRParen();
                }
            }
            else
            {
                results.Add(parser.ParseType());
                resAttrs.Add(DictionaryAttr.Get(context, []));
            }
        }

        props.Add(new NamedAttribute("function_type", TypeAttr.Get(FunctionType.Get(context, inputs.ToArray(), results.ToArray()))));
        if (AnyNonEmpty(argAttrs))
            props.Add(new NamedAttribute("arg_attrs", ArrayAttr.Get(context, argAttrs.ToArray())));
        if (AnyNonEmpty(resAttrs))
            props.Add(new NamedAttribute("res_attrs", ArrayAttr.Get(context, resAttrs.ToArray())));

        parser.ParseOptionalAttrDictWithKeyword();
        state.Properties = DictionaryAttr.Get(context, props.ToArray());

        if (entryArgs.Count > 0)
        {
            parser.ParseRegion(body, entryArgs);
            entryBlock = body.FirstBlock;
        }
        else
            parser.ParseOptionalRegion(body);
        return true;
    }

    /// <summary>Parses an optional <c>{...}</c> as a dictionary (the parser hook adds entries to the state's
    /// attributes; they are taken back out).</summary>
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

    private void Print(OpAsmPrinter printer)
    {
        printer.Write(' ');
        if (SymVisibility is { } visibility)
        {
            printer.Write(visibility.Value);
            printer.Write(' ');
        }
        printer.PrintSymbolName(SymName.Bytes);

        var type = Signature;
        bool external = IsExternal;
        var entry = external ? null : Body.FirstBlock;
        printer.Write('(');
        for (int i = 0; i < type.Inputs.Length; i++)
        {
            if (i > 0)
                printer.Write(", ");
            if (entry != null && i < entry.Arguments.Count)
            {
                printer.PrintOperand(entry.Arguments[i]);
                printer.Write(": ");
            }
            printer.PrintType(type.Inputs[i]);
            if (AttrsAt(ArgAttrs, i) is { } attrs)
                printer.PrintOptionalAttrDict(attrs);
            if (entry != null && i < entry.Arguments.Count)
                printer.PrintOptionalLocationSpecifier(entry.Arguments[i]);
        }
        printer.Write(')');

        var results = type.Results;
        if (results.Length > 0)
        {
            printer.Write(" -> ");
            bool parens = results.Length > 1 || results[0] is FunctionType || AttrsAt(ResAttrs, 0) != null;
            if (parens)
                printer.Write('(');
            for (int i = 0; i < results.Length; i++)
            {
                if (i > 0)
                    printer.Write(", ");
                printer.PrintType(results[i]);
                if (AttrsAt(ResAttrs, i) is { } attrs)
                    printer.PrintOptionalAttrDict(attrs);
            }
            if (parens)
                printer.Write(')');
        }

        printer.PrintOptionalAttrDictWithKeyword(Attributes);
        if (!external)
        {
            printer.Write(' ');
            printer.PrintRegion(Body, printEntryBlockArgs: false, printBlockTerminators: true);
        }
    }

    private bool Verify()
    {
        var type = Signature;
        if (ArgAttrs is { } argAttrs && argAttrs.Count != type.Inputs.Length)
            return EmitOpError($"expects argument attribute array to have the same number of elements as the number of function arguments, got {argAttrs.Count}, but expected {type.Inputs.Length}");
        if (ResAttrs is { } resAttrs && resAttrs.Count != type.Results.Length)
            return EmitOpError($"expects result attribute array to have the same number of elements as the number of function results, got {resAttrs.Count}, but expected {type.Results.Length}");
        if (IsExternal)
            return true;
        var entry = Body.FirstBlock!;
        if (entry.Arguments.Count != type.Inputs.Length)
            return EmitOpError($"entry block must have {type.Inputs.Length} arguments to match function signature");
        for (int i = 0; i < type.Inputs.Length; i++)
            if (!ReferenceEquals(entry.Arguments[i].Type, type.Inputs[i]))
                return EmitOpError($"type of entry block argument #{i}('{entry.Arguments[i].Type}') must match the type of the corresponding argument in function signature('{type.Inputs[i]}')");
        return true;
    }
}
