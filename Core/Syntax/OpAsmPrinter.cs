using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;

namespace Dialectic.Core.Syntax;

/// <summary>
/// What a custom-syntax op printer sees (MLIR's OpAsmPrinter): called after <c>%results = name</c> was written,
/// it writes the rest of the op; the trailing location is added by the caller.
/// </summary>
public sealed class OpAsmPrinter
{
    private readonly AsmPrinter _p;

    internal OpAsmPrinter(AsmPrinter printer) => _p = printer;

    public void Write(char c) => _p.Writer.Write(c);

    public void Write(string s) => _p.Writer.Write(s);

    public void Write(long v) => _p.Writer.Write(v);

    /// <summary>Prints a use of a value (<c>%0</c>, <c>%arg1</c>, <c>%2#1</c>).</summary>
    public void PrintOperand(Value value) => _p.PrintValueId(value);

    public void PrintType(Type type) => _p.PrintType(type);

    public void PrintAttribute(Attribute attr) => _p.PrintAttribute(attr);

    /// <summary>Prints an attribute without its <c>: type</c>.</summary>
    public void PrintAttributeWithoutType(Attribute attr) => _p.PrintAttribute(attr, AttrTypeElision.Must);

    /// <summary>` loc(...)` of a block argument printed outside its block header (function signatures), only
    /// under <c>--mlir-print-debuginfo</c>; never an alias, as MLIR prints it.</summary>
    public void PrintOptionalLocationSpecifier(BlockArgument argument) => _p.PrintTrailingLocation(argument.ArgLocation, allowAlias: false);

    /// <summary>MLIR's <c>printNewline()</c>: a line break, then the indentation of the op being printed.</summary>
    public void PrintNewline() => _p.PrintNewline();

    /// <summary>Prints a successor block's name (<c>^bb1</c>).</summary>
    public void PrintSuccessor(Block block) => _p.PrintBlockName(block);

    /// <summary>MLIR's <c>printSuccessorAndUseList</c>: <c>^bb</c> and, when there are operands,
    /// <c>(%a, %b : i32, f32)</c>.</summary>
    public void PrintSuccessorAndUseList(Block block, System.ReadOnlySpan<OpOperand> operands)
    {
        PrintSuccessor(block);
        if (operands.Length == 0)
            return;
        Write('(');
        for (int i = 0; i < operands.Length; i++)
        {
            if (i > 0)
                Write(", ");
            PrintOperand(operands[i].Value);
        }
        Write(" : ");
        for (int i = 0; i < operands.Length; i++)
        {
            if (i > 0)
                Write(", ");
            PrintType(operands[i].Value.Type);
        }
        Write(')');
    }

    /// <summary><c>@name</c>, quoted when not a bare identifier.</summary>
    public void PrintSymbolName(string name) => _p.PrintSymbolName(name);

    /// <summary>` {a = 1, ...}` unless empty (after leaving out <paramref name="elided"/>).</summary>
    public void PrintOptionalAttrDict(DictionaryAttr attrs, params string[] elided) =>
        _p.PrintOptionalAttrDict(attrs, withKeyword: false, elided);

    /// <summary>` attributes {a = 1, ...}` unless empty.</summary>
    public void PrintOptionalAttrDictWithKeyword(DictionaryAttr attrs, params string[] elided) =>
        _p.PrintOptionalAttrDict(attrs, withKeyword: true, elided);

    /// <summary>Prints a region in braces; the entry block header only when it has arguments to show.</summary>
    public void PrintRegion(Region region, bool printEntryBlockArgs = true, bool printBlockTerminators = true, bool printEmptyBlock = false) =>
        _p.PrintRegion(region, printEntryBlockArgs, printBlockTerminators, printEmptyBlock);

    /// <summary>Prints the whole op in generic form (for ops that fall back).</summary>
    public void PrintGenericOp(Operation op) => _p.PrintGenericOp(op);
}
