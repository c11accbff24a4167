using System.Collections.Generic;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Declarations;
using Dialectic.Core.Syntax;
using Type = Dialectic.Core.IR.Type;

namespace Dialectic.Dialects.Llvm;

/// <summary><c>llvm.fcmp "olt" %a, %b : f32</c>: floating-point comparison giving i1 (per element for vectors),
/// with optional fast-math flags.</summary>
[Op("llvm", "fcmp", Summary = "LLVM fcmp operation")]
[Traits(OpTraits.Pure, OpTraits.SameTypeOperands)]
public sealed partial class FCmpOp : Operation
{
    [Property(Enum = typeof(FCmpPredicate))]
    public partial IntegerAttr Predicate { get; }

    [Operand(Name = "lhs", ConstraintMethod = nameof(IsFloatLike), ConstraintSummary = Summary)]
    public partial Value Lhs { get; }

    [Operand(Name = "rhs", ConstraintMethod = nameof(IsFloatLike), ConstraintSummary = Summary)]
    public partial Value Rhs { get; }

    [Result(Name = "res", ConstraintMethod = nameof(IsI1Like), ConstraintSummary = "1-bit signless integer or LLVM dialect-compatible vector of 1-bit signless integer")]
    public partial Value Res { get; }

    /// <summary>The fast-math flags; none by default.</summary>
    [Property(Name = "fastmathFlags", Default = "#llvm.fastmath<none>")]
    public partial FastmathFlagsAttr FastmathFlags { get; }

    private const string Summary = "floating point LLVM type or LLVM dialect-compatible vector of floating point LLVM type";

    /// <summary>The predicate as its enum.</summary>
    public FCmpPredicate PredicateValue => (FCmpPredicate)(long)Predicate.SignedValue;

    private static bool IsFloatLike(Type type) => LlvmConstraints.IsFloatLike(type);

    private static bool IsI1Like(Type type) => LlvmConstraints.IsI1Like(type);

    private static long Lookup(string keyword) => FCmpPredicateSyntax.TryParse(keyword, out var v) ? (long)v : -1;

    // `"olt" %lhs, %rhs attr-dict : type`
    private static bool Parse(OpAsmParser parser, OperationState state)
    {
        if (!LlvmSyntax.ParsePredicate(parser, Lookup, out long predicate))
            return false;
        var props = new List<NamedAttribute> { new("predicate", LlvmSyntax.I(parser.Context, 64, predicate)) };
        return LlvmCompareSyntax.ParseOperands(parser, state, props, Info.InherentAttributes);
    }

    private void Print(OpAsmPrinter printer) =>
        LlvmCompareSyntax.Print(printer, this, PredicateValue.ToKeyword(), ["predicate"], ("fastmathFlags", "#llvm.fastmath<none>"));
}
