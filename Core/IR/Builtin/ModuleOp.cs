using Dialectic.Core.IR.Attributes;
using Dialectic.Core.Syntax;

namespace Dialectic.Core.IR.Builtin;

/// <summary>
/// <c>builtin.module</c>: the top-level container. One block, no terminator, a symbol table, isolated from
/// above. Custom form: <c>module (@name)? (attributes {...})? { ... }</c>.
/// </summary>
public sealed class ModuleOp : Operation
{
    public const string OperationName = "builtin.module";

    internal static readonly OperationInfo Info = new(OperationName,
        OpTraits.IsIsolatedFromAbove | OpTraits.NoTerminator | OpTraits.SymbolTable | OpTraits.SingleBlock
        | OpTraits.GraphRegions | OpTraits.NoRegionArguments | OpTraits.AffineScope)
    {
        Factory = static () => new ModuleOp(),
        Summary = "A top level container operation",
        Description = "A `module` represents a top-level container operation. It contains a single graph region "
            + "containing a single block which can contain any operations and does not have a terminator. "
            + "Operations within this region cannot implicitly capture values defined outside the module. "
            + "Modules have an optional symbol name which can be used to refer to them in operations.",
        InherentAttributes = ["sym_name", "sym_visibility"],
        DefaultDialect = "builtin",
        Parse = ParseModule,
        Print = PrintModule,
        Verify = VerifyModule,
    };

    private ModuleOp() { }

    /// <summary>The single block of the body region.</summary>
    public Block Body => Regions[0].FirstBlock!;

    /// <summary>The optional <c>@name</c>.</summary>
    public string? SymName => (GetInherentAttr("sym_name") as StringAttr)?.Value;

    /// <summary>Creates an empty module (one empty block).</summary>
    public static ModuleOp Create(LocationAttr location, string? name = null)
    {
        var state = new OperationState(location, location.Context.GetOperationName(OperationName));
        state.AddRegion().Append(new Block());
        if (name != null)
            state.Properties = DictionaryAttr.Get(location.Context, [new NamedAttribute("sym_name", StringAttr.Get(location.Context, name))]);
        return (ModuleOp)Operation.Create(state);
    }

    private static bool ParseModule(OpAsmParser parser, OperationState state)
    {
        // module ::= `module` symbol-name? attr-dict-with-keyword region; sym_visibility lives in the
        // attribute dictionary of the custom form.
        var props = new System.Collections.Generic.List<NamedAttribute>();
        if (parser.ParseOptionalSymbolName() is { } name)
            props.Add(new NamedAttribute("sym_name", StringAttr.GetFromBytes(parser.Context, name)));
        if (props.Count > 0)
            state.Properties = DictionaryAttr.Get(parser.Context, props.ToArray());
        parser.ParseOptionalAttrDictWithKeyword();
        for (int i = state.Attributes.Count - 1; i >= 0; i--)
        {
            if (state.Attributes[i].Name != "sym_visibility")
                continue;
            props.Add(state.Attributes[i]);
            state.Attributes.RemoveAt(i);
        }
        var body = state.AddRegion();
        parser.ParseRegion(body);
        if (body.IsEmpty)
            body.Append(new Block());
        return true;
    }

    private static void PrintModule(Operation op, OpAsmPrinter p)
    {
        if (op.GetInherentAttr("sym_name") is StringAttr name)
        {
            p.Write(' ');
            p.PrintSymbolName(name.Bytes);
        }
        var attrs = op.Attributes;
        if (op.GetInherentAttr("sym_visibility") is { } vis)
            attrs = attrs.With("sym_visibility", vis);
        p.PrintOptionalAttrDictWithKeyword(attrs);
        p.Write(' ');
        p.PrintRegion(op.Regions[0], printEntryBlockArgs: false, printBlockTerminators: false);
    }

    private static bool VerifyModule(Operation op)
    {
        if (op.NumRegions == 1 && op.Regions[0].BlockCount != 1)
            return op.EmitOpError("region #0 ('bodyRegion') failed to verify constraint: region with 1 blocks");
        foreach (var attr in op.Attributes.Entries)
            if (!attr.Name.Contains('.'))
                return op.EmitOpError($"can only contain attributes with dialect-prefixed names, found: '{attr.Name}'");
        return true;
    }
}
