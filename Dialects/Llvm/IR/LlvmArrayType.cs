using System;
using System.Text;
using Dialectic.Core.IR;
using Dialectic.Core.Support;
using Type = Dialectic.Core.IR.Type;

namespace Dialectic.Dialects.Llvm;

/// <summary><c>!llvm.array&lt;4 x i32&gt;</c>: a fixed number of elements of one type.</summary>
public sealed class LlvmArrayType : LlvmType
{
    private LlvmArrayType(LlvmDialect dialect, Type elementType, ulong numElements) : base(dialect)
    {
        ElementType = elementType;
        NumElements = numElements;
    }

    public Type ElementType { get; }

    public ulong NumElements { get; }

    /// <summary>The uniqued array type (the element type is not checked; see <see cref="LlvmTypes.IsValidElementType"/>).</summary>
    public static LlvmArrayType Get(Type elementType, ulong numElements) =>
        Unique(new LlvmArrayType(LlvmDialect.Of(elementType.Context), elementType, numElements));

    private protected override void WriteBody(StringBuilder sb)
    {
        sb.Append("array<").Append(NumElements).Append(" x ");
        AppendNested(sb, ElementType);
        sb.Append('>');
    }

    protected override int KeyHash() => HashCode.Combine(ElementType, NumElements);

    protected override bool KeyEquals(Uniqued other) =>
        other is LlvmArrayType a && a.ElementType == ElementType && a.NumElements == NumElements;
}
