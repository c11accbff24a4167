using System;

namespace Dialectic.Tools.Run;

/// <summary>
/// Checks the entry function in LLVM IR text before compiling, with mlir-runner's messages: the function must be
/// defined (not only declared), take no arguments and return what <c>-entry-point-result</c> says.
/// </summary>
public static class LlvmIrEntryPoint
{
    /// <summary>
    /// Null when <paramref name="llvmIr"/> defines <paramref name="name"/> as a function of no arguments returning
    /// <paramref name="result"/>; otherwise mlir-runner's message (without its <c>Error: </c> prefix), checked in
    /// its order: <c>entry point not found</c>, <c>JIT can't invoke a main function expecting arguments</c>,
    /// then <c>expected void function</c> or <c>only single i32 function result supported</c> (i64, f32, f64).
    /// O(n) in the text's length.
    /// </summary>
    public static string? Check(string llvmIr, string name, EntryPointResult result)
    {
        ArgumentNullException.ThrowIfNull(llvmIr);
        ArgumentNullException.ThrowIfNull(name);
        if (!TryFindDefinition(llvmIr, name, out string returnType, out bool hasParameters))
            return "entry point not found";
        if (hasParameters)
            return "JIT can't invoke a main function expecting arguments";
        string expected = result switch
        {
            EntryPointResult.Void => "void",
            EntryPointResult.I32 => "i32",
            EntryPointResult.I64 => "i64",
            EntryPointResult.F32 => "float",
            _ => "double",
        };
        if (returnType == expected)
            return null;
        return result switch
        {
            EntryPointResult.Void => "expected void function",
            EntryPointResult.I32 => "only single i32 function result supported",
            EntryPointResult.I64 => "only single i64 function result supported",
            EntryPointResult.F32 => "only single f32 function result supported",
            _ => "only single f64 function result supported",
        };
    }

    /// <summary>
    /// Finds the line <c>define ... &lt;type&gt; @name(...)</c> (the name plain or quoted) and reads the return type
    /// (the token before the name) and whether the parameter list is non-empty. Declarations do not count.
    /// </summary>
    public static bool TryFindDefinition(string llvmIr, string name, out string returnType, out bool hasParameters)
    {
        ArgumentNullException.ThrowIfNull(llvmIr);
        ArgumentNullException.ThrowIfNull(name);
        returnType = "";
        hasParameters = false;
        string plain = "@" + name + "(";
        string quoted = "@\"" + name + "\"(";
        int lineStart = 0;
        while (lineStart < llvmIr.Length)
        {
            int lineEnd = llvmIr.IndexOf('\n', lineStart);
            if (lineEnd < 0)
                lineEnd = llvmIr.Length;
            ReadOnlySpan<char> line = llvmIr.AsSpan(lineStart, lineEnd - lineStart).TrimStart();
            lineStart = lineEnd + 1;
            if (!line.StartsWith("define ", StringComparison.Ordinal))
                continue;
            int at = line.IndexOf(plain, StringComparison.Ordinal);
            int nameLength = plain.Length;
            if (at < 0)
            {
                at = line.IndexOf(quoted, StringComparison.Ordinal);
                nameLength = quoted.Length;
            }
            if (at < 0)
                continue;
            ReadOnlySpan<char> head = line[..at].TrimEnd();
            int space = head.LastIndexOfAny(' ', '\t');
            returnType = head[(space + 1)..].ToString();
            ReadOnlySpan<char> rest = line[(at + nameLength)..].TrimStart();
            hasParameters = rest.Length == 0 || rest[0] != ')';
            return true;
        }
        return false;
    }
}
