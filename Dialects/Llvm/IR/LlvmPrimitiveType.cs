using System.Text;
using Dialectic.Core.IR;
using Dialectic.Core.Support;

namespace Dialectic.Dialects.Llvm;

/// <summary>
/// The llvm types named by one keyword: <c>!llvm.void</c>, <c>!llvm.token</c>, <c>!llvm.label</c>,
/// <c>!llvm.metadata</c>, <c>!llvm.ppc_fp128</c>, <c>!llvm.x86_amx</c>.
/// </summary>
public sealed class LlvmPrimitiveType : LlvmType
{
    private LlvmPrimitiveType(LlvmDialect dialect, string keyword) : base(dialect) => Keyword = keyword;

    /// <summary>The keyword (<c>void</c>).</summary>
    public string Keyword { get; }

    /// <summary>True for <c>!llvm.void</c>.</summary>
    public bool IsVoid => Keyword == "void";

    /// <summary>Whether <paramref name="keyword"/> names a primitive llvm type.</summary>
    public static bool IsKeyword(string keyword) =>
        keyword is "void" or "token" or "label" or "metadata" or "ppc_fp128" or "x86_amx";

    /// <summary>The uniqued type for <paramref name="keyword"/> (one of <see cref="IsKeyword"/>).</summary>
    public static LlvmPrimitiveType Get(Context context, string keyword) =>
        Unique(new LlvmPrimitiveType(LlvmDialect.Of(context), keyword));

    /// <summary><c>!llvm.void</c>.</summary>
    public static LlvmPrimitiveType GetVoid(Context context) => Get(context, "void");

    private protected override void WriteBody(StringBuilder sb) => sb.Append(Keyword);

    protected override int KeyHash() => Keyword.GetHashCode(System.StringComparison.Ordinal);

    protected override bool KeyEquals(Uniqued other) => other is LlvmPrimitiveType p && p.Keyword == Keyword;
}
