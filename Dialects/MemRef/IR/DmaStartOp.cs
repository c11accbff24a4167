using System.Collections.Generic;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Declarations;
using Dialectic.Core.IR.Types;
using Dialectic.Core.Syntax;

namespace Dialectic.Dialects.MemRef;

/// <summary>
/// <c>memref.dma_start %src[%i], %dst[%j], %n, %tag[%k] (, %stride, %perStride)? : srcType, dstType, tagType</c>:
/// starts a non-blocking transfer of <c>%n</c> elements. The operands are one flat list whose groups are found from
/// the memref ranks: source and its indices, destination and its indices, element count, tag and its indices, and
/// optionally a stride and the elements per stride.
/// </summary>
[Op("memref", "dma_start", Summary = "non-blocking DMA operation that starts a transfer",
    Description = "Starts an asynchronous copy of a number of elements from a source memref position to a destination "
        + "memref position; the tag memref position records its completion for `memref.dma_wait`. An optional "
        + "stride and element count per stride describe a strided transfer.")]
public sealed partial class DmaStartOp : Operation
{
    [Operand]
    public partial System.ReadOnlySpan<OpOperand> Operands { get; }

    private int SrcRank => GetOperand(0).Type is MemRefType m ? m.Rank : 0;

    /// <summary>The source memref.</summary>
    public Value SrcMemRef => GetOperand(0);

    /// <summary>The destination memref.</summary>
    public Value DstMemRef => GetOperand(1 + SrcRank);

    private int DstRank => DstMemRef.Type is MemRefType m ? m.Rank : 0;

    /// <summary>The number of elements transferred.</summary>
    public Value NumElements => GetOperand(1 + SrcRank + 1 + DstRank);

    /// <summary>The tag memref.</summary>
    public Value TagMemRef => GetOperand(1 + SrcRank + 1 + DstRank + 1);

    private int TagRank => TagMemRef.Type is MemRefType m ? m.Rank : 0;

    /// <summary>True with the optional stride operands.</summary>
    public bool IsStrided => NumOperands != 1 + SrcRank + 1 + DstRank + 1 + 1 + TagRank;

    private static bool Parse(OpAsmParser parser, OperationState state)
    {
        var src = parser.ParseOperand();
        var srcIndices = ParseIndexList(parser);
        parser.ParseComma();
        var dst = parser.ParseOperand();
        var dstIndices = ParseIndexList(parser);
        parser.ParseComma();
        var numElements = parser.ParseOperand();
        parser.ParseComma();
        var tag = parser.ParseOperand();
        var tagIndices = ParseIndexList(parser);
        var strides = new List<UnresolvedOperand>();
        while (parser.ParseOptionalComma())
            strides.Add(parser.ParseOperand());
        if (strides.Count != 0 && strides.Count != 2)
            return CustomParseErrors.AtName(parser, "expected two stride related operands");
        parser.ParseOptionalAttrDict();
        parser.ParseColon();
        var types = new List<Type>();
        GeneratedSyntax.ParseTypeList(parser, types);
        if (types.Count != 3)
            return CustomParseErrors.AtName(parser, "fewer/more types expected");
        var index = parser.Context.IndexType;
        state.Operands.Add(parser.ResolveOperand(src, types[0]));
        foreach (var i in srcIndices)
            state.Operands.Add(parser.ResolveOperand(i, index));
        state.Operands.Add(parser.ResolveOperand(dst, types[1]));
        foreach (var i in dstIndices)
            state.Operands.Add(parser.ResolveOperand(i, index));
        state.Operands.Add(parser.ResolveOperand(numElements, index));
        state.Operands.Add(parser.ResolveOperand(tag, types[2]));
        foreach (var i in tagIndices)
            state.Operands.Add(parser.ResolveOperand(i, index));
        foreach (var s in strides)
            state.Operands.Add(parser.ResolveOperand(s, index));
        return true;
    }

    /// <summary><c>[%a, %b]</c> (MLIR's <c>parseOperandList</c> with square delimiters).</summary>
    internal static List<UnresolvedOperand> ParseIndexList(OpAsmParser parser)
    {
        var list = new List<UnresolvedOperand>();
        parser.ParseLSquare();
        if (parser.ParseOptionalRSquare())
            return list;
        do
            list.Add(parser.ParseOperand());
        while (parser.ParseOptionalComma());
        parser.ParseRSquare();
        return list;
    }

    private void Print(OpAsmPrinter printer)
    {
        if (!IsWellFormed())
        {
            printer.PrintGenericOp(this);
            return;
        }
        int next = 0;
        printer.Write(' ');
        PrintMemRefAccess(printer, ref next, SrcRank);
        printer.Write(", ");
        PrintMemRefAccess(printer, ref next, DstRank);
        printer.Write(", ");
        printer.PrintOperand(GetOperand(next++));
        printer.Write(", ");
        PrintMemRefAccess(printer, ref next, TagRank);
        for (; next < NumOperands; next++)
        {
            printer.Write(", ");
            printer.PrintOperand(GetOperand(next));
        }
        printer.PrintOptionalAttrDict(Attributes);
        printer.Write(" : ");
        printer.PrintType(SrcMemRef.Type);
        printer.Write(", ");
        printer.PrintType(DstMemRef.Type);
        printer.Write(", ");
        printer.PrintType(TagMemRef.Type);
    }

    private void PrintMemRefAccess(OpAsmPrinter printer, ref int next, int rank)
    {
        printer.PrintOperand(GetOperand(next++));
        printer.Write('[');
        for (int i = 0; i < rank; i++)
        {
            if (i > 0)
                printer.Write(", ");
            printer.PrintOperand(GetOperand(next++));
        }
        printer.Write(']');
    }

    // The custom form needs the groups the memref ranks imply; anything else prints generically.
    private bool IsWellFormed()
    {
        if (NumOperands < 4 || GetOperand(0).Type is not MemRefType src || NumOperands < src.Rank + 4)
            return false;
        if (DstMemRef.Type is not MemRefType dst || NumOperands < src.Rank + dst.Rank + 4)
            return false;
        if (TagMemRef.Type is not MemRefType tag)
            return false;
        int expected = src.Rank + dst.Rank + tag.Rank + 4;
        return NumOperands == expected || NumOperands == expected + 2;
    }

    private bool Verify()
    {
        int numOperands = NumOperands;
        if (numOperands < 4)
            return EmitOpError("expected at least 4 operands");
        if (SrcMemRef.Type is not MemRefType)
            return EmitOpError("expected source to be of memref type");
        if (numOperands < SrcRank + 4)
            return EmitOpError($"expected at least {SrcRank + 4} operands");
        if (!AllIndex(1, SrcRank))
            return EmitOpError("expected source indices to be of index type");
        if (DstMemRef.Type is not MemRefType)
            return EmitOpError("expected destination to be of memref type");
        int expected = SrcRank + DstRank + 4;
        if (numOperands < expected)
            return EmitOpError($"expected at least {expected} operands");
        if (!AllIndex(1 + SrcRank + 1, DstRank))
            return EmitOpError("expected destination indices to be of index type");
        if (NumElements.Type is not IndexType)
            return EmitOpError("expected num elements to be of index type");
        if (TagMemRef.Type is not MemRefType)
            return EmitOpError("expected tag to be of memref type");
        expected += TagRank;
        if (numOperands < expected)
            return EmitOpError($"expected at least {expected} operands");
        if (!AllIndex(1 + SrcRank + 1 + DstRank + 1 + 1, TagRank))
            return EmitOpError("expected tag indices to be of index type");
        if (numOperands != expected && numOperands != expected + 2)
            return EmitOpError("incorrect number of operands");
        if (IsStrided && (GetOperand(numOperands - 2).Type is not IndexType || GetOperand(numOperands - 1).Type is not IndexType))
            return EmitOpError("expected stride and num elements per stride to be of type index");
        return true;
    }

    private bool AllIndex(int start, int count)
    {
        for (int i = start; i < start + count; i++)
            if (GetOperand(i).Type is not IndexType)
                return false;
        return true;
    }

    // dma_start(memref.cast(x), ...) -> dma_start(x, ...)
    private bool Fold(System.ReadOnlySpan<Attribute?> operands, List<OpFoldResult> results) =>
        MemRefFolding.FoldMemRefCast(this);
}
