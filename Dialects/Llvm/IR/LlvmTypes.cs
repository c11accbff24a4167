using System.Text;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Types;

namespace Dialectic.Dialects.Llvm;

/// <summary>Questions about types that the llvm dialect's types and ops share (upstream LLVMTypes.cpp helpers).</summary>
public static class LlvmTypes
{
    /// <summary>
    /// Whether <paramref name="type"/> may be an array or struct element (upstream isValidElementType): anything
    /// but void, label, metadata, token and function types.
    /// </summary>
    public static bool IsValidElementType(Type type) =>
        type is not (LlvmFunctionType or FunctionType or LlvmPrimitiveType { Keyword: "void" or "label" or "metadata" or "token" });

    /// <summary>Whether <paramref name="type"/> may be a function parameter: not void, label, token or a function
    /// type.</summary>
    public static bool IsValidArgumentType(Type type) =>
        type is not (LlvmFunctionType or FunctionType or LlvmPrimitiveType { Keyword: "void" or "label" or "token" });

    /// <summary>Whether <paramref name="type"/> may be a function result (not a function, label or metadata).</summary>
    public static bool IsValidResultType(Type type) =>
        type is not (LlvmFunctionType or FunctionType or LlvmPrimitiveType { Keyword: "label" or "metadata" });

    /// <summary>True for <c>!llvm.ptr</c> in any address space.</summary>
    public static bool IsPointer(Type type) => type is LlvmPointerType;

    /// <summary>Appends <paramref name="s"/> as an MLIR string literal (backslashes doubled, quotes and
    /// non-printable characters as <c>\XX</c>, as LLVM's printEscapedString).</summary>
    internal static void AppendQuoted(StringBuilder sb, string s)
    {
        sb.Append('"');
        foreach (char c in s)
        {
            if (c == '\\')
                sb.Append("\\\\");
            else if (c == '"' || c < 0x20 || c >= 0x7f)
                sb.Append('\\').Append(((int)c).ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            else
                sb.Append(c);
        }
        sb.Append('"');
    }
}
