using System;
using System.Text;
using Dialectic.Core.IR;
using Dialectic.Core.Support;
using Type = Dialectic.Core.IR.Type;

namespace Dialectic.Dialects.Llvm;

/// <summary><c>!llvm.func&lt;i32 (ptr, ...)&gt;</c>: the signature of an llvm function; one result (possibly
/// <c>void</c>), parameters, and whether it is variadic.</summary>
public sealed class LlvmFunctionType : LlvmType
{
    private readonly Type[] _params;

    private LlvmFunctionType(LlvmDialect dialect, Type result, Type[] parameters, bool isVarArg) : base(dialect)
    {
        ReturnType = result;
        _params = parameters;
        IsVarArg = isVarArg;
    }

    /// <summary>The result type; <c>!llvm.void</c> for none.</summary>
    public Type ReturnType { get; }

    public ReadOnlySpan<Type> Params => _params;

    public bool IsVarArg { get; }

    /// <summary>True when the result is <c>!llvm.void</c>.</summary>
    public bool ReturnsVoid => ReturnType is LlvmPrimitiveType { IsVoid: true };

    public static LlvmFunctionType Get(Type result, ReadOnlySpan<Type> parameters, bool isVarArg = false) =>
        Unique(new LlvmFunctionType(LlvmDialect.Of(result.Context), result, parameters.ToArray(), isVarArg));

    private protected override void WriteBody(StringBuilder sb)
    {
        sb.Append("func<");
        AppendNested(sb, ReturnType);
        sb.Append(" (");
        for (int i = 0; i < _params.Length; i++)
        {
            if (i > 0)
                sb.Append(", ");
            AppendNested(sb, _params[i]);
        }
        if (IsVarArg)
            sb.Append(_params.Length > 0 ? ", ..." : "...");
        sb.Append(")>");
    }

    protected override int KeyHash() => HashCode.Combine(ReturnType, HashHelpers.Hash<Type>(_params), IsVarArg);

    protected override bool KeyEquals(Uniqued other) =>
        other is LlvmFunctionType f && f.ReturnType == ReturnType && f.IsVarArg == IsVarArg
        && HashHelpers.SequenceEqual(f._params, _params);
}
