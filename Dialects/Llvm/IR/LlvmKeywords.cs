using Dialectic.Core.IR.Attributes;
using Dialectic.Core.Syntax;

namespace Dialectic.Dialects.Llvm;

/// <summary>The bare keywords before a function's or global's name: linkage, visibility, unnamed_addr and the
/// calling convention (upstream parseOptionalLLVMKeyword).</summary>
internal static class LlvmKeywords
{
    public static Linkage? ParseOptionalLinkage(OpAsmParser parser) =>
        parser.PeekKeyword() is { } k && LinkageSyntax.TryParse(k, out var v) && parser.ParseOptionalKeyword(k) ? v : null;

    public static Visibility? ParseOptionalVisibility(OpAsmParser parser) =>
        parser.PeekKeyword() is "hidden" or "protected" && parser.ParseOptionalKeyword(out string k)
            ? (k == "hidden" ? Visibility.Hidden : Visibility.Protected) : null;

    public static UnnamedAddr? ParseOptionalUnnamedAddr(OpAsmParser parser) =>
        parser.PeekKeyword() is "unnamed_addr" or "local_unnamed_addr" && parser.ParseOptionalKeyword(out string k)
            ? (k == "unnamed_addr" ? UnnamedAddr.Global : UnnamedAddr.Local) : null;

    public static CConv? ParseOptionalCConv(OpAsmParser parser) =>
        parser.PeekKeyword() is { } k && CConvSyntax.TryParse(k, out var v) && parser.ParseOptionalKeyword(k) ? v : null;

    /// <summary>Writes <c>hidden </c> and <c>unnamed_addr </c> (each only when not the default).</summary>
    public static void PrintVisibilityAndUnnamedAddr(OpAsmPrinter printer, IntegerAttr visibility, IntegerAttr unnamedAddr)
    {
        long v = (long)visibility.SignedValue;
        if (v is 1 or 2)
            printer.Write(v == 1 ? "hidden " : "protected ");
        long u = (long)unnamedAddr.SignedValue;
        if (u is 1 or 2)
            printer.Write(u == 1 ? "local_unnamed_addr " : "unnamed_addr ");
    }
}
