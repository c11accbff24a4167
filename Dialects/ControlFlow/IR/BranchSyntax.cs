using System.Collections.Generic;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.Syntax;

namespace Dialectic.Dialects.ControlFlow;

/// <summary>The successor syntax the branch ops share: parsing <c>^bb(%a, %b : i32, f32)</c> (printing is
/// <see cref="OpAsmPrinter.PrintSuccessorAndUseList"/>).</summary>
internal static class BranchSyntax
{
    /// <summary>
    /// Parses <c>^bb</c> and an optional parenthesized operand list with its types. The operands are only
    /// collected, with their types, so that they resolve after the whole op is read; a count mismatch between
    /// operands and types is reported at <paramref name="errorLoc"/> (the first operand when null), as MLIR does,
    /// and gives false.
    /// </summary>
    public static bool ParseSuccessorAndOperands(OpAsmParser parser, out Block block, List<UnresolvedOperand> operands,
        List<Type> types, LocationAttr? errorLoc = null)
    {
        block = parser.ParseSuccessor();
        if (!parser.ParseOptionalLParen())
            return true;
        var loc = errorLoc ?? parser.CurrentLocation;
        int firstOperand = operands.Count, firstType = types.Count;
        do
            operands.Add(parser.ParseOperand());
        while (parser.ParseOptionalComma());
        types.Add(parser.ParseColonType());
        while (parser.ParseOptionalComma())
            types.Add(parser.ParseType());
        parser.ParseRParen();
        int numOperands = operands.Count - firstOperand, numTypes = types.Count - firstType;
        if (numOperands != numTypes)
        {
            parser.Context.EmitError(loc,
                $"custom op '{parser.State.Name.Name}' number of operands and types do not match: got {numOperands} operands and {numTypes} types");
            return false;
        }
        return true;
    }

    /// <summary>Resolves every collected operand with its type into the state's operand list.</summary>
    public static void Resolve(OpAsmParser parser, OperationState state, List<UnresolvedOperand> operands, List<Type> types)
    {
        for (int i = 0; i < operands.Count; i++)
            state.Operands.Add(parser.ResolveOperand(operands[i], types[i]));
    }
}
