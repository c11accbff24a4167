using System.Collections.Generic;
using Dialectic.Core.IR;
using Dialectic.Core.Syntax;

namespace Dialectic.Dialects.ControlFlow;

/// <summary>What the branch ops share after <see cref="OpAsmParser.ParseSuccessorAndUseList"/>: resolving the
/// collected successor operands.</summary>
internal static class BranchSyntax
{
    /// <summary>Resolves every collected operand with its type into the state's operand list.</summary>
    public static void Resolve(OpAsmParser parser, OperationState state, List<UnresolvedOperand> operands, List<Type> types)
    {
        for (int i = 0; i < operands.Count; i++)
            state.Operands.Add(parser.ResolveOperand(operands[i], types[i]));
    }
}
