using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Declarations;

namespace Dialectic.Dialects.ControlFlow;

/// <summary><c>cf.assert %cond, "message"</c>: aborts at run time when <c>%cond</c> is false. Not pure (it may
/// abort); upstream folds a constant-true assertion away by canonicalization only, so there is no folder.</summary>
[Op("cf", "assert", Summary = "Assert operation with message attribute",
    Description = "Assert operation at runtime with single boolean operand and an error message attribute. If the "
        + "argument is `true` this operation has no effect. Otherwise, the program execution will abort. The "
        + "provided error message may be used by a runtime to propagate the error to the user.")]
[AssemblyFormat("$arg `,` $msg attr-dict")]
public sealed partial class AssertOp : Operation
{
    [Operand(Constraint = TypeConstraint.I1)]
    public partial Value Arg { get; }

    [Property]
    public partial StringAttr Msg { get; }
}
