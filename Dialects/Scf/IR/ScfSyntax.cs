using System.Collections.Generic;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Types;
using Dialectic.Core.Syntax;

namespace Dialectic.Dialects.Scf;

/// <summary>
/// Pieces of custom syntax the scf ops share, written as MLIR's OpAsmParser/OpAsmPrinter helpers behave:
/// arrow type lists, <c>(%arg = %init, ...)</c> assignment lists, implicit terminators and newlines.
/// </summary>
internal static class ScfSyntax
{
    /// <summary>A region argument declared by custom syntax, as <see cref="OpAsmParser.ParseRegion"/> takes it.</summary>
    public static (UnresolvedOperand Id, Type Type, LocationAttr? Loc) Arg(UnresolvedOperand id, Type type) => (id, type, null);

    /// <summary>MLIR's <c>parseOptionalArrowTypeList</c>: <c>-> type</c>, <c>-> t1, t2</c> or <c>-> (t1, t2)</c>.</summary>
    public static void ParseOptionalArrowTypeList(OpAsmParser parser, List<Type> types)
    {
        if (parser.ParseOptionalArrow())
            ParseFunctionResultTypes(parser, types);
    }

    /// <summary>MLIR's <c>parseArrowTypeList</c>: <c>-&gt;</c> then the result types.</summary>
    public static void ParseArrowTypeList(OpAsmParser parser, List<Type> types)
    {
        parser.ParseArrow();
        ParseFunctionResultTypes(parser, types);
    }

    /// <summary>Result types after <c>-&gt;</c>: a parenthesized (possibly empty) list, or a bare comma list.</summary>
    private static void ParseFunctionResultTypes(OpAsmParser parser, List<Type> types)
    {
        if (parser.ParseOptionalLParen())
        {
            if (parser.ParseOptionalRParen())
                return;
            do
                types.Add(parser.ParseType());
            while (parser.ParseOptionalComma());
            parser.ParseRParen();
            return;
        }
        do
            types.Add(parser.ParseType());
        while (parser.ParseOptionalComma());
    }

    /// <summary>MLIR's <c>printOptionalArrowTypeList</c>: nothing when empty; parentheses unless there is exactly one
    /// type that is not a function type.</summary>
    public static void PrintOptionalArrowTypeList(OpAsmPrinter printer, System.ReadOnlySpan<OpResult> results)
    {
        if (results.Length == 0)
            return;
        printer.Write(" -> ");
        bool wrap = results.Length > 1 || results[0].Type is FunctionType;
        if (wrap)
            printer.Write('(');
        PrintResultTypes(printer, results);
        if (wrap)
            printer.Write(')');
    }

    /// <summary>The types of <paramref name="results"/> separated by <c>", "</c>.</summary>
    public static void PrintResultTypes(OpAsmPrinter printer, System.ReadOnlySpan<OpResult> results)
    {
        for (int i = 0; i < results.Length; i++)
        {
            if (i > 0)
                printer.Write(", ");
            printer.PrintType(results[i].Type);
        }
    }

    /// <summary>The types of <paramref name="operands"/> separated by <c>", "</c>.</summary>
    public static void PrintOperandTypes(OpAsmPrinter printer, System.ReadOnlySpan<OpOperand> operands)
    {
        for (int i = 0; i < operands.Length; i++)
        {
            if (i > 0)
                printer.Write(", ");
            printer.PrintType(operands[i].Value.Type);
        }
    }

    /// <summary>The operands separated by <c>", "</c>.</summary>
    public static void PrintOperands(OpAsmPrinter printer, System.ReadOnlySpan<OpOperand> operands)
    {
        for (int i = 0; i < operands.Length; i++)
        {
            if (i > 0)
                printer.Write(", ");
            printer.PrintOperand(operands[i].Value);
        }
    }

    /// <summary>MLIR's <c>parseAssignmentList</c>: <c>(%arg = %value, ...)</c>, possibly empty.</summary>
    public static void ParseAssignmentList(OpAsmParser parser, List<UnresolvedOperand> args, List<UnresolvedOperand> values)
    {
        parser.ParseLParen();
        ParseAssignmentListAfterLParen(parser, args, values);
    }

    /// <summary>The rest of an assignment list once its <c>(</c> is consumed.</summary>
    public static void ParseAssignmentListAfterLParen(OpAsmParser parser, List<UnresolvedOperand> args, List<UnresolvedOperand> values)
    {
        if (parser.ParseOptionalRParen())
            return;
        do
        {
            args.Add(parser.ParseOperand());
            parser.ParseEqual();
            values.Add(parser.ParseOperand());
        }
        while (parser.ParseOptionalComma());
        parser.ParseRParen();
    }

    /// <summary>
    /// MLIR's <c>printInitializationList</c>: <c>{prefix}(%inner = %outer, ...)</c>, nothing when there are no
    /// initializers. Block arguments are taken from <paramref name="firstArg"/> on (pairs past either end are left
    /// out rather than read out of range).
    /// </summary>
    public static void PrintInitializationList(OpAsmPrinter printer, Block? block, int firstArg, System.ReadOnlySpan<OpOperand> initializers, string prefix)
    {
        if (initializers.Length == 0)
            return;
        printer.Write(prefix);
        printer.Write('(');
        int n = block == null ? 0 : System.Math.Min(initializers.Length, block.NumArguments - firstArg);
        for (int i = 0; i < n; i++)
        {
            if (i > 0)
                printer.Write(", ");
            printer.PrintOperand(block!.GetArgument(firstArg + i));
            printer.Write(" = ");
            printer.PrintOperand(initializers[i].Value);
        }
        printer.Write(')');
    }

    /// <summary>
    /// MLIR's <c>ensureTerminator</c> of SingleBlockImplicitTerminator: gives an empty region a block, and appends
    /// <paramref name="terminatorName"/> (no operands) to the last block unless it already ends with a terminator.
    /// </summary>
    public static void EnsureTerminator(Region region, string terminatorName, LocationAttr location)
    {
        if (region.IsEmpty)
            region.Append(new Block());
        var block = region.LastBlock!;
        if (block.LastOp is { } last && last.HasTrait(OpTraits.IsTerminator))
            return;
        var state = new OperationState(location, terminatorName);
        // scf.forall.in_parallel is built with its (single-block) region.
        if (terminatorName == InParallelOp.OperationName)
            state.AddRegion().Append(new Block());
        block.Append(Operation.Create(state));
    }

    /// <summary>
    /// The declarative printer's rule for a region of an op with an implicit terminator: the terminator is shown
    /// unless it has no operands, results or attributes.
    /// </summary>
    public static bool ShouldPrintImplicitTerminator(Region region)
    {
        if (region.FirstBlock?.LastOp is not { } term || !term.HasTrait(OpTraits.IsTerminator))
            return true;
        return !term.Attributes.IsEmpty || term.NumOperands != 0 || term.NumResults != 0;
    }

    /// <summary>Entries of <paramref name="props"/> (inherent attributes parsed by custom syntax) stored as the
    /// state's properties, together with inherent attributes written in the attribute dictionary.</summary>
    public static void SetProperties(OperationState state, List<NamedAttribute> props, string[] inherent) =>
        Core.IR.Declarations.GeneratedSyntax.SetProperties(state, props, inherent);
}
