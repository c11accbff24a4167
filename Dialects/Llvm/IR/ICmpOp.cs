using System.Collections.Generic;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Declarations;
using Dialectic.Core.Syntax;
using Type = Dialectic.Core.IR.Type;

namespace Dialectic.Dialects.Llvm;

/// <summary><c>llvm.icmp "slt" %a, %b : i32</c>: integer or pointer comparison giving i1 (per element for
/// vectors).</summary>
[Op("llvm", "icmp", Summary = "LLVM icmp operation")]
[Traits(OpTraits.Pure, OpTraits.SameTypeOperands)]
public sealed partial class ICmpOp : Operation
{
    [Property(Enum = typeof(ICmpPredicate))]
    public partial IntegerAttr Predicate { get; }

    [Operand(Name = "lhs", ConstraintMethod = nameof(IsIntOrPtrLike), ConstraintSummary = Summary)]
    public partial Value Lhs { get; }

    [Operand(Name = "rhs", ConstraintMethod = nameof(IsIntOrPtrLike), ConstraintSummary = Summary)]
    public partial Value Rhs { get; }

    [Result(Name = "res", ConstraintMethod = nameof(IsI1Like), ConstraintSummary = "1-bit signless integer or LLVM dialect-compatible vector of 1-bit signless integer")]
    public partial Value Res { get; }

    private const string Summary = "signless integer or LLVM dialect-compatible vector of signless integer or LLVM pointer type or LLVM dialect-compatible vector of LLVM pointer type";

    /// <summary>The predicate as its enum.</summary>
    public ICmpPredicate PredicateValue => (ICmpPredicate)(long)Predicate.SignedValue;

    private static bool IsIntOrPtrLike(Type type) => LlvmConstraints.IsIntOrPtrLike(type);

    private static bool IsI1Like(Type type) => LlvmConstraints.IsI1Like(type);

    private static long Lookup(string keyword) => ICmpPredicateSyntax.TryParse(keyword, out var v) ? (long)v : -1;

    // `"slt" %lhs, %rhs attr-dict : type`
    private static bool Parse(OpAsmParser parser, OperationState state)
    {
        if (!LlvmSyntax.ParsePredicate(parser, Lookup, out long predicate))
            return false;
        var props = new List<NamedAttribute> { new("predicate", LlvmSyntax.I(parser.Context, 64, predicate)) };
        return LlvmCompareSyntax.ParseOperands(parser, state, props, Info.InherentAttributes);
    }

    private void Print(OpAsmPrinter printer) => LlvmCompareSyntax.Print(printer, this, PredicateValue.ToKeyword(), ["predicate"]);
}
