using System;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Declarations;

namespace Sample.Mem;

[Op("mem", "alloc", Summary = "memory allocation")]
[Traits(OpTraits.AttrSizedOperandSegments)]
[AssemblyFormat("`(` $dynamic_sizes `)` (`[` $symbol_operands^ `]`)? attr-dict `:` type($memref)")]
public sealed partial class AllocOp : Operation
{
    [Operand(Constraint = TypeConstraint.Index)]
    public partial ReadOnlySpan<OpOperand> DynamicSizes { get; }

    [Operand(Constraint = TypeConstraint.Index)]
    public partial ReadOnlySpan<OpOperand> SymbolOperands { get; }

    [Property]
    public partial IntegerAttr? Alignment { get; }

    [Result(Constraint = TypeConstraint.AnyMemRef)]
    public partial Value Memref { get; }
}

[Op("mem", "br")]
[Traits(OpTraits.IsTerminator)]
public sealed partial class BranchOp : Operation
{
    [Operand]
    public partial ReadOnlySpan<OpOperand> DestOperands { get; }

    [Successor]
    public partial Block Dest { get; }
}
