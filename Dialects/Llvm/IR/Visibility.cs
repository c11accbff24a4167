using Dialectic.Core.IR.Declarations;

namespace Dialectic.Dialects.Llvm;

/// <summary><c>visibility_ = N : i64</c> of functions and globals; printed as a bare keyword when not
/// <c>default</c>.</summary>
[EnumAttr("llvm", "visibility")]
public enum Visibility : long
{
    [EnumCase("default")] Default = 0,
    [EnumCase("hidden")] Hidden = 1,
    [EnumCase("protected")] Protected = 2,
}
