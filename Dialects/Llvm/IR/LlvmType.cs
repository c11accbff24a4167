using Dialectic.Core.IR;

namespace Dialectic.Dialects.Llvm;

/// <summary>
/// Base of the <c>llvm</c> dialect's types. Each type knows its body text (<c>struct&lt;(ptr, i64)&gt;</c>), the
/// form it takes nested inside another llvm type; the core printer writes the full text, <c>!llvm.</c> + body,
/// through <see cref="DialectType.AsmBody"/>. The body is computed once per uniqued instance, on first use.
/// </summary>
public abstract class LlvmType : DialectType
{
    private string? _body;

    private protected LlvmType(LlvmDialect dialect) : base(dialect) { }

    /// <summary>The text after <c>!llvm.</c>; also how the type prints nested in another llvm type.</summary>
    public sealed override string AsmBody => _body ??= BuildBody();

    /// <summary>Writes the body text; nested types through <see cref="AppendNested"/>.</summary>
    private protected abstract void WriteBody(System.Text.StringBuilder sb);

    private string BuildBody()
    {
        var sb = new System.Text.StringBuilder();
        WriteBody(sb);
        return sb.ToString();
    }

    /// <summary>A type as it prints inside an llvm type: llvm types without their <c>!llvm.</c> prefix.</summary>
    private protected static void AppendNested(System.Text.StringBuilder sb, Type type)
    {
        if (type is LlvmType l)
            sb.Append(l.AsmBody);
        else
            sb.Append(type.ToString());
    }

    /// <summary>Returns the uniqued instance for <paramref name="candidate"/>.</summary>
    private protected static T Unique<T>(T candidate) where T : LlvmType => candidate.Context.Uniquer.Get(candidate);
}
