using System.Collections.Generic;
using Dialectic.Core.IR;
using Dialectic.Core.Rewrite;
using Dialectic.Core.IR.Declarations;
using Dialectic.Core.Interfaces;
using Dialectic.Core.Syntax;

namespace Dialectic.Dialects.ControlFlow;

/// <summary><c>cf.br ^bb(%a, %b : i32, f32)</c>: an unconditional branch forwarding its operands to the
/// arguments of <see cref="Dest"/>.</summary>
/// <remarks>Upstream's format is <c>$dest (`(` $destOperands^ `:` type($destOperands) `)`)? attr-dict</c>; it is
/// written by hand (with the other branch ops' syntax) so that an operand/type count mismatch is reported as
/// mlir-tblgen's parser does, "number of operands and types do not match", at the first operand.</remarks>
[Op("cf", "br", Summary = "Branch operation",
    Description = "The `cf.br` operation represents a direct branch operation to a given block. The operands of "
        + "this operation are forwarded to the successor block, and the number and type of the operands must "
        + "match the arguments of the target block.")]
[Traits(OpTraits.Pure, OpTraits.IsTerminator)]
public sealed partial class BranchOp : Operation
{
    [Operand(Name = "destOperands")]
    public partial System.ReadOnlySpan<OpOperand> DestOperands { get; }

    [Successor]
    public partial Block Dest { get; }

    private static bool Parse(OpAsmParser parser, OperationState state)
    {
        var operands = new List<UnresolvedOperand>();
        var types = new List<Type>();
        if (!parser.ParseSuccessorAndUseList(out var dest, operands, types))
            return false;
        parser.ParseOptionalAttrDict();
        BranchSyntax.Resolve(parser, state, operands, types);
        state.Successors.Add(dest);
        return true;
    }

    private void Print(OpAsmPrinter printer)
    {
        printer.Write(' ');
        printer.PrintSuccessorAndUseList(Dest, DestOperands);
        printer.PrintOptionalAttrDict(Attributes);
    }

    // MLIR's BranchOpInterface: the operands must match the target block's arguments.
    private bool Verify() => SuccessorOperandsVerifier.Verify(this, 0, DestOperands);

    /// <summary>Every operand is forwarded to the destination.</summary>
    public SuccessorOperands GetSuccessorOperands(int index) => new(this, 0, NumOperands);

    public static void GetCanonicalizationPatterns(RewritePatternSet patterns, Context context) =>
        patterns.Add<BranchOp>(BranchCanonicalization.Canonicalize, debugName: "BranchOp.canonicalize");
}
