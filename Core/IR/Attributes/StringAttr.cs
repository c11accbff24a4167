using System;
using System.Text;
using Dialectic.Core.Support;

namespace Dialectic.Core.IR.Attributes;

/// <summary>
/// Builtin string attribute. MLIR strings are byte strings: <see cref="Bytes"/> holds one byte per char
/// (Latin-1 code units), so any byte sequence round-trips; <see cref="Value"/> decodes it as UTF-8.
/// An optional type is printed as <c>"s" : type</c> (null when absent, MLIR's NoneType).
/// </summary>
public sealed class StringAttr : Attribute, ITypedAttribute
{
    private StringAttr(Context context, string bytes, Type? type) : base(context)
    {
        Bytes = bytes;
        TypeOrNull = type;
    }

    /// <summary>The bytes of the string, each stored as one char in [0, 255].</summary>
    public string Bytes { get; }

    public Type? TypeOrNull { get; }

    public Type Type => TypeOrNull ?? Context.NoneType;

    /// <summary>The bytes decoded as UTF-8.</summary>
    public string Value => IsAscii(Bytes) ? Bytes : Encoding.UTF8.GetString(Encoding.Latin1.GetBytes(Bytes));

    /// <summary>Uniques a string given as ordinary .NET text (encoded as UTF-8 bytes).</summary>
    public static StringAttr Get(Context context, string value, Type? type = null)
    {
        var bytes = IsAscii(value) ? value : Encoding.Latin1.GetString(Encoding.UTF8.GetBytes(value));
        return GetFromBytes(context, bytes, type);
    }

    /// <summary>Uniques a byte string (one char per byte).</summary>
    public static StringAttr GetFromBytes(Context context, string bytes, Type? type = null) =>
        context.Uniquer.Get(new StringAttr(context, bytes, type is Types.NoneType ? null : type));

    private static bool IsAscii(string s)
    {
        foreach (char c in s)
            if (c > 0x7f)
                return false;
        return true;
    }

    protected override int KeyHash() => HashCode.Combine(string.GetHashCode(Bytes, StringComparison.Ordinal), TypeOrNull);

    protected override bool KeyEquals(Uniqued other) =>
        other is StringAttr s && s.TypeOrNull == TypeOrNull && string.Equals(s.Bytes, Bytes, StringComparison.Ordinal);
}
