using System;
using System.Collections.Generic;
using Dialectic.Core.IR;

namespace Dialectic.Core.Rewrite.Conversion;

public sealed partial class ConversionPatternRewriter
{
    /// <summary>
    /// Replaces <paramref name="block"/> by a new block whose arguments are <paramref name="conversion"/>'s
    /// converted types: its ops and predecessors move over, and each original argument is replaced by its mapped
    /// arguments (a source materialization at the start of the block where the types differ), by its remapped
    /// value, or, when dropped but still used, by a cast from nothing. Returns the new block (the old one is erased);
    /// an identity conversion returns <paramref name="block"/> unchanged.
    /// </summary>
    public Block ApplySignatureConversion(Block block, SignatureConversion conversion, TypeConverter? converter = null)
    {
        ArgumentNullException.ThrowIfNull(block);
        ArgumentNullException.ThrowIfNull(conversion);
        if (conversion.NumOriginalInputs != block.NumArguments)
            throw new ArgumentException(
                $"a signature conversion of {conversion.NumOriginalInputs} inputs for a block of {block.NumArguments} arguments",
                nameof(conversion));
        var region = block.Parent ?? throw new ArgumentException("the block is not in a region", nameof(block));
        var originalTypes = new Type[block.NumArguments];
        for (int i = 0; i < originalTypes.Length; i++)
            originalTypes[i] = block.GetArgument(i).Type;
        if (conversion.IsIdentity(originalTypes))
            return block;

        var types = conversion.ConvertedTypes;
        var newBlock = new Block();
        var defaultLoc = block.ParentOp?.Location ?? Context.UnknownLoc;
        for (int i = 0; i < types.Count; i++)
            newBlock.AddArgument(types[i], defaultLoc);
        for (int i = 0; i < block.NumArguments; i++)
            if (conversion.GetInputMapping(i) is { Replacement: null } m)
                for (int j = 0; j < m.Size; j++)
                    newBlock.GetArgument(m.InputNo + j).ArgLocation = block.GetArgument(i).ArgLocation;
        region.InsertBefore(block, newBlock);
        Listener?.NotifyBlockInserted(newBlock, null, null);

        base.ReplaceAllUsesWith(block, newBlock);
        bool insertionInBlock = ReferenceEquals(InsertionBlock, block);
        var insertionPoint = InsertionPoint;
        while (block.FirstOp is { } op)
        {
            op.Remove();
            newBlock.Append(op);
        }
        _tracker.CountChange();
        if (insertionInBlock)
        {
            if (insertionPoint != null)
                SetInsertionPoint(insertionPoint);
            else
                SetInsertionPointToEnd(newBlock);
        }

        // The casts go at the start of the new block, in argument order.
        var firstOriginalOp = newBlock.FirstOp;
        var saved = CurrentTypeConverter;
        CurrentTypeConverter = converter ?? saved;
        for (int i = 0; i < block.NumArguments; i++)
        {
            var arg = block.GetArgument(i);
            if (arg.UseEmpty)
                continue;
            Value replacement;
            if (conversion.GetInputMapping(i) is not { } mapping || (mapping.Replacement == null && mapping.Size == 0))
                replacement = SourceCast([], arg, newBlock, firstOriginalOp);
            else if (mapping.Replacement is { } value)
                replacement = ReferenceEquals(value.Type, arg.Type)
                    ? value
                    : SourceCast([value], arg, newBlock, firstOriginalOp);
            else if (mapping.Size == 1 && ReferenceEquals(newBlock.GetArgument(mapping.InputNo).Type, arg.Type))
                replacement = newBlock.GetArgument(mapping.InputNo);
            else
            {
                var inputs = new Value[mapping.Size];
                for (int j = 0; j < inputs.Length; j++)
                    inputs[j] = newBlock.GetArgument(mapping.InputNo + j);
                replacement = SourceCast(inputs, arg, newBlock, firstOriginalOp);
            }
            arg.ReplaceAllUsesWith(replacement);
        }
        CurrentTypeConverter = saved;
        base.EraseBlock(block);
        return newBlock;
    }

    /// <summary>
    /// Converts the argument types of every block of <paramref name="region"/> with <paramref name="converter"/>
    /// (the entry block with <paramref name="entryConversion"/> when given). All conversions are computed before
    /// anything changes: false, with nothing changed, when a type has no conversion.
    /// </summary>
    public bool ConvertRegionTypes(Region region, TypeConverter converter, SignatureConversion? entryConversion = null)
    {
        ArgumentNullException.ThrowIfNull(region);
        ArgumentNullException.ThrowIfNull(converter);
        var blocks = new List<(Block, SignatureConversion)>();
        for (var block = region.FirstBlock; block != null; block = block.NextBlock)
        {
            var conversion = block.IsEntryBlock && entryConversion != null ? entryConversion : converter.ConvertBlockSignature(block);
            if (conversion == null)
            {
                foreach (var arg in block.Arguments)
                    if (converter.ConvertType(arg.Type, new List<Type>()) == false)
                        return NotifyMatchFailure(arg.Location, $"block argument type '{arg.Type}' has no conversion");
                return false;
            }
            blocks.Add((block, conversion));
        }
        foreach (var (block, conversion) in blocks)
            ApplySignatureConversion(block, conversion, converter);
        return true;
    }

    /// <summary>
    /// Moves the ops of <paramref name="source"/> (no predecessors) into <paramref name="dest"/> before
    /// <paramref name="before"/> (null: at the end), replacing its arguments by <paramref name="argValues"/> (of the
    /// argument types or converted ones: a source materialization bridges them), and erases it.
    /// </summary>
    public new void InlineBlockBefore(Block source, Block dest, Operation? before, IReadOnlyList<Value>? argValues = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(dest);
        if (argValues != null && argValues.Count == source.NumArguments)
        {
            Value[]? bridged = null;
            for (int i = 0; i < argValues.Count; i++)
            {
                var arg = source.GetArgument(i);
                if (ReferenceEquals(argValues[i].Type, arg.Type) || arg.UseEmpty)
                    continue;
                bridged ??= CopyOf(argValues);
                bridged[i] = SourceCast([argValues[i]], arg, dest, before);
            }
            if (bridged != null)
                argValues = bridged;
        }
        base.InlineBlockBefore(source, dest, before, argValues);
    }

    /// <summary>Inlines <paramref name="source"/> right before <paramref name="op"/> (see
    /// <see cref="InlineBlockBefore(Block, Block, Operation?, IReadOnlyList{Value}?)"/>).</summary>
    public new void InlineBlockBefore(Block source, Operation op, IReadOnlyList<Value>? argValues = null) =>
        InlineBlockBefore(source, op.Block!, op, argValues);

    /// <summary>Appends the ops of <paramref name="source"/> to <paramref name="dest"/> (see
    /// <see cref="InlineBlockBefore(Block, Block, Operation?, IReadOnlyList{Value}?)"/>).</summary>
    public new void MergeBlocks(Block source, Block dest, IReadOnlyList<Value>? argValues = null) =>
        InlineBlockBefore(source, dest, null, argValues);

    private static Value[] CopyOf(IReadOnlyList<Value> values)
    {
        var copy = new Value[values.Count];
        for (int i = 0; i < copy.Length; i++)
            copy[i] = values[i];
        return copy;
    }
}
