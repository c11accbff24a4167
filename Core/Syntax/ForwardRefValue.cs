using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;

namespace Dialectic.Core.Syntax;

/// <summary>
/// Stand-in for an SSA value used before its definition; replaced (all uses moved) when the definition is
/// parsed. Never survives a successful parse.
/// </summary>
internal sealed class ForwardRefValue : Value
{
    public ForwardRefValue(Type type, Token firstUse) : base(type) => FirstUseToken = firstUse;

    public Token FirstUseToken { get; }

    public override Operation? DefiningOp => null;
    public override Block? ParentBlock => null;
    public override LocationAttr Location => Type.Context.UnknownLoc;
}
