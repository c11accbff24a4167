using System;
using Dialectic.Core.IR;
using Dialectic.Core.Rewrite.Conversion;

namespace Dialectic.Passes.Conversion.ControlFlowToLlvm;

/// <summary>
/// The successor of a branch being lowered, with its argument types converted to those of the branch's converted
/// operands (MLIR's <c>getConvertedBlock</c>). Several branches may reach one block: the first converts it, the
/// others find it converted already.
/// </summary>
internal static class ConvertedSuccessor
{
    /// <summary>Checks, without changing anything, that <paramref name="block"/> can take
    /// <paramref name="operands"/>; <paramref name="failure"/> says why not.</summary>
    public static bool CanConvert(TypeConverter converter, Block block, ReadOnlySpan<Value> operands,
        out string? failure)
    {
        failure = null;
        if (Matches(block, operands))
            return true;
        if (block.IsEntryBlock)
        {
            failure = "entry blocks have no predecessors";
            return false;
        }
        var conversion = converter.ConvertBlockSignature(block);
        if (conversion == null)
        {
            failure = "could not compute block signature";
            return false;
        }
        var converted = conversion.ConvertedTypes;
        bool same = converted.Count == operands.Length;
        for (int i = 0; same && i < operands.Length; i++)
            same = ReferenceEquals(converted[i], operands[i].Type);
        if (!same)
            failure = "mismatch between adaptor operand types and computed block signature";
        return same;
    }

    /// <summary>The block to branch to (after <see cref="CanConvert"/> succeeded).</summary>
    public static Block Convert(ConversionPatternRewriter rewriter, TypeConverter converter, Block block,
        ReadOnlySpan<Value> operands)
    {
        if (Matches(block, operands))
            return block;
        return rewriter.ApplySignatureConversion(block, converter.ConvertBlockSignature(block)!, converter);
    }

    private static bool Matches(Block block, ReadOnlySpan<Value> operands)
    {
        if (block.NumArguments != operands.Length)
            return false;
        for (int i = 0; i < operands.Length; i++)
            if (!ReferenceEquals(block.GetArgument(i).Type, operands[i].Type))
                return false;
        return true;
    }
}
