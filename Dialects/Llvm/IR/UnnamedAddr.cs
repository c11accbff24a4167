using Dialectic.Core.IR.Declarations;

namespace Dialectic.Dialects.Llvm;

/// <summary><c>unnamed_addr = N : i64</c> of functions and globals; printed as a bare keyword when not
/// <c>none</c>.</summary>
[EnumAttr("llvm", "unnamed_addr")]
public enum UnnamedAddr : long
{
    [EnumCase("none")] None = 0,
    [EnumCase("local_unnamed_addr")] Local = 1,
    [EnumCase("unnamed_addr")] Global = 2,
}
