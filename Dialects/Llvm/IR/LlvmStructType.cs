using System;
using System.Text;
using Dialectic.Core.IR;
using Dialectic.Core.Support;
using Type = Dialectic.Core.IR.Type;

namespace Dialectic.Dialects.Llvm;

/// <summary>
/// <c>!llvm.struct&lt;(i32, f64)&gt;</c>, packed <c>!llvm.struct&lt;packed (i8, i32)&gt;</c>, identified
/// <c>!llvm.struct&lt;"name", (i32)&gt;</c> and opaque <c>!llvm.struct&lt;"name", opaque&gt;</c>. Literal structs
/// are uniqued by their body; identified ones by their name alone, so a context holds one body per name.
/// Recursive identified structs (a body naming its own struct) are not supported.
/// </summary>
public sealed class LlvmStructType : LlvmType
{
    private readonly Type[] _body;

    private LlvmStructType(LlvmDialect dialect, string? name, Type[] body, bool packed, bool opaque) : base(dialect)
    {
        Name = name;
        _body = body;
        IsPacked = packed;
        IsOpaque = opaque;
    }

    /// <summary>The name of an identified struct; null for a literal one.</summary>
    public string? Name { get; }

    public bool IsIdentified => Name != null;

    public bool IsPacked { get; }

    /// <summary>True for an identified struct declared without a body (<c>opaque</c>).</summary>
    public bool IsOpaque { get; }

    /// <summary>The element types (empty when opaque).</summary>
    public ReadOnlySpan<Type> Body => _body;

    /// <summary>A literal struct of <paramref name="body"/>.</summary>
    public static LlvmStructType GetLiteral(Context context, ReadOnlySpan<Type> body, bool packed = false) =>
        Unique(new LlvmStructType(LlvmDialect.Of(context), null, body.ToArray(), packed, false));

    /// <summary>
    /// The identified struct <paramref name="name"/> with this body; null when the name is already used with a
    /// different body (upstream: "identified type already used with a different body").
    /// </summary>
    public static LlvmStructType? GetIdentified(Context context, string name, ReadOnlySpan<Type> body, bool packed = false) =>
        Check(Unique(new LlvmStructType(LlvmDialect.Of(context), name, body.ToArray(), packed, false)), body, packed, false);

    /// <summary>The opaque identified struct <paramref name="name"/>; null when the name has a body.</summary>
    public static LlvmStructType? GetOpaque(Context context, string name) =>
        Check(Unique(new LlvmStructType(LlvmDialect.Of(context), name, [], false, true)), [], false, true);

    private static LlvmStructType? Check(LlvmStructType type, ReadOnlySpan<Type> body, bool packed, bool opaque) =>
        type.IsOpaque == opaque && type.IsPacked == packed && type._body.AsSpan().SequenceEqual(body, null) ? type : null;

    private protected override void WriteBody(StringBuilder sb)
    {
        sb.Append("struct<");
        if (Name != null)
        {
            LlvmTypes.AppendQuoted(sb, Name);
            if (IsOpaque)
            {
                sb.Append(", opaque>");
                return;
            }
            sb.Append(", ");
        }
        if (IsPacked)
            sb.Append("packed ");
        sb.Append('(');
        for (int i = 0; i < _body.Length; i++)
        {
            if (i > 0)
                sb.Append(", ");
            AppendNested(sb, _body[i]);
        }
        sb.Append(")>");
    }

    protected override int KeyHash() =>
        Name != null ? HashCode.Combine(Name, 1) : HashCode.Combine(HashHelpers.Hash<Type>(_body), IsPacked);

    protected override bool KeyEquals(Uniqued other)
    {
        if (other is not LlvmStructType s || s.Name != Name)
            return false;
        return Name != null || (s.IsPacked == IsPacked && HashHelpers.SequenceEqual(s._body, _body));
    }
}
