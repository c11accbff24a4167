using Dialectic.Core.IR;
using Dialectic.Core.IR.Declarations;
using Dialectic.Core.IR.Types;
using Dialectic.Dialects.Index.Folding;

namespace Dialectic.Dialects.Index;

/// <summary><c>index.castu</c>: converts between <c>index</c> and a fixed-width integer, zero-extending.</summary>
[Op("index", "castu", Summary = "index unsigned cast",
    Description = "Converts an index value to an integer type or an integer to index; a wider result is "
        + "zero-extended, a narrower one truncated: `%0 = index.castu %a : index to i32`.")]
[Traits(OpTraits.Pure)]
[AssemblyFormat("$input attr-dict `:` type($input) `to` type($output)")]
public sealed partial class CastUOp : Operation
{
    [Operand(ConstraintMethod = nameof(IsIntegerOrIndex), ConstraintSummary = "integer or index")]
    public partial Value Input { get; }

    [Result(ConstraintMethod = nameof(IsIntegerOrIndex), ConstraintSummary = "integer or index")]
    public partial Value Output { get; }

    /// <summary>ODS <c>AnyTypeOf&lt;[AnyInteger, Index]&gt;</c>.</summary>
    private static bool IsIntegerOrIndex(Type type) => type is IntegerType or IndexType;

    /// <summary>CastOpInterface: exactly one side is <c>index</c>.</summary>
    private bool Verify() => IndexCasts.Verify(this);

    // casts(c) -> c zero-extended or truncated, when the result does not depend on the index width
    private OpFoldResult? Fold(System.ReadOnlySpan<Attribute?> operands) =>
        IndexCasts.Fold(operands[0], Output.Type, signed: false);
}
