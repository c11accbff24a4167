using System;
using System.Collections.Generic;
using System.IO;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.Support;

namespace Dialectic.Core.Syntax;

/// <summary>
/// MLIR's printer: operations (generic and custom form), regions, blocks, types, attributes, locations, aliases
/// and the resource section. Output is byte-identical to <c>mlir-opt</c> 22 for the constructs Dialectic knows.
/// Recursive over nesting (run deep IR on a <see cref="BigStack"/> thread).
/// </summary>
public sealed partial class AsmPrinter
{
    private const int IndentWidth = 2;
    private readonly AsmWriter _w;
    private readonly PrintingFlags _flags;
    private readonly SsaNameState? _names;
    private readonly AliasState? _aliases;
    private readonly Dictionary<DistinctAttr, int> _distinctIds = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<string> _usedResources = new(System.StringComparer.Ordinal);
    private readonly List<string> _resourceOrder = new();
    // The default dialect of each enclosing region (MLIR's defaultDialectStack): "builtin" outside any region,
    // then the parent op's DefaultDialect, or "" for ops that have none (unregistered ops included).
    private readonly List<string> _defaultDialects = ["builtin"];
    private int _indent;

    /// <summary>A line break and the current op's indentation (for custom printers).</summary>
    internal void PrintNewline()
    {
        _w.Write('\n');
        _w.Indent(_indent);
    }

    /// <summary>When set, this printer only collects aliases: types, attributes and regions are visited.</summary>
    private AliasState? _collect;

    /// <summary>A printer for <see cref="AliasState"/>'s collecting mode: output is discarded.</summary>
    internal static AsmPrinter CreateCollector(PrintingFlags flags, AliasState collector) =>
        new(new AsmWriter(TextWriter.Null), flags, null, null) { _collect = collector };

    private AsmPrinter(AsmWriter writer, PrintingFlags flags, SsaNameState? names, AliasState? aliases)
    {
        _w = writer;
        _flags = flags;
        _names = names;
        _aliases = aliases;
    }

    internal AsmWriter Writer => _w;
    internal PrintingFlags Flags => _flags;

    /// <summary>The custom-syntax view of this printer, made once: an <see cref="OpAsmPrinter"/> holds no state of
    /// its own, so one serves every op, nested ones included.</summary>
    internal OpAsmPrinter OpPrinter => _opPrinter ??= new OpAsmPrinter(this);
    private OpAsmPrinter? _opPrinter;

    // ---- entry points ----

    /// <summary>
    /// Prints <paramref name="op"/> as a top-level operation: non-deferred aliases, the op, deferred aliases
    /// and the file metadata (resources), exactly as MLIR's <c>Operation::print</c>.
    /// </summary>
    public static void PrintTopLevel(Operation op, TextWriter output, PrintingFlags? flags = null)
    {
        flags ??= PrintingFlags.Default;
        var writer = new AsmWriter(output);
        var names = new SsaNameState(op, flags.PrintGenericOpForm || flags.PrintUniqueSsaIds, customNames: !flags.PrintGenericOpForm);
        AliasState? aliases = null;
        if (!flags.UseLocalScope)
        {
            aliases = new AliasState(flags);
            aliases.Initialize(op);
        }
        var printer = new AsmPrinter(writer, flags, names, aliases);
        // As MLIR: a local-scope print is the op alone (no aliases, trailing newline or file metadata).
        if (flags.UseLocalScope)
            printer.PrintFullOpWithIndentAndLoc(op);
        else
            printer.PrintTopLevelOperation(op);
        writer.Flush();
    }

    /// <summary>The op printed as a top-level operation, as a string.</summary>
    public static string OperationToString(Operation op, PrintingFlags? flags = null)
    {
        var sw = new StringWriter();
        PrintTopLevel(op, sw, flags ?? new PrintingFlags { UseLocalScope = true });
        return sw.ToString();
    }

    /// <summary>
    /// The op alone in generic form, with value and block names as in a print of its outermost ancestor
    /// (MLIR's "see current operation" notes).
    /// </summary>
    public static string OperationInContextToString(Operation op)
    {
        var root = op;
        while (root.ParentOp != null)
            root = root.ParentOp;
        var w = new AsmWriter();
        var printer = new AsmPrinter(w, new PrintingFlags { PrintGenericOpForm = true, UseLocalScope = true }, new SsaNameState(root, uniqueIds: true), null);
        printer.PrintOperation(op);
        return w.ToString();
    }

    /// <summary>A type in MLIR syntax, without aliases.</summary>
    public static string TypeToString(Type type)
    {
        var w = new AsmWriter();
        new AsmPrinter(w, PrintingFlags.Default, null, null).PrintType(type);
        return w.ToString();
    }

    /// <summary>An attribute in MLIR syntax, without aliases.</summary>
    public static string AttributeToString(Attribute attr)
    {
        var w = new AsmWriter();
        new AsmPrinter(w, PrintingFlags.Default, null, null).PrintAttribute(attr);
        return w.ToString();
    }

    private void PrintTopLevelOperation(Operation op)
    {
        if (_aliases != null)
            PrintAliases(deferred: false);
        PrintFullOpWithIndentAndLoc(op);
        _w.Write('\n');
        if (_aliases != null)
            PrintAliases(deferred: true);
        PrintFileMetadata();
    }

    private void PrintAliases(bool deferred)
    {
        foreach (var (symbol, alias, isDeferred) in _aliases!.Aliases)
        {
            if (isDeferred != deferred)
                continue;
            _w.Write(alias);
            _w.Write(" = ");
            if (symbol is Type t)
                PrintTypeImpl(t);
            else
                PrintAttributeImpl((Attribute)symbol, AttrTypeElision.Never);
            _w.Write('\n');
        }
    }

    private void PrintFileMetadata()
    {
        bool any = false;
        foreach (var handle in _resourceOrder)
        {
            if (_lastContext == null || !_lastContext.Resources.TryGetValue(handle, out var blob))
                continue;
            if (!any)
            {
                _w.Write("\n{-#\n  dialect_resources: {\n    builtin: {\n");
                any = true;
            }
            else
            {
                _w.Write(",\n");
            }
            _w.Write("      ");
            PrintKeywordOrString(handle);
            _w.Write(": \"0x");
            _w.Write(System.Convert.ToHexString(blob));
            _w.Write('"');
        }
        if (any)
            _w.Write("\n    }\n  }\n#-}\n");
    }

    private IR.Context? _lastContext;

    // ---- operations ----

    private void PrintFullOpWithIndentAndLoc(Operation op)
    {
        _w.Indent(_indent);
        PrintOperation(op);
        PrintTrailingLocation(op.Location, allowAlias: true);
    }

    private void PrintOperation(Operation op)
    {
        _lastContext = op.Context;
        int numResults = op.NumResults;
        if (numResults > 0)
        {
            _names!.PrintResultGroups(_w, op);
            _w.Write(" = ");
        }
        if (!_flags.PrintGenericOpForm && op.Name.Info?.Print is { } print)
        {
            PrintOpName(op);
            print(op, OpPrinter);
            return;
        }
        PrintGenericOp(op);
    }

    /// <summary>Custom-form op name: the prefix of the enclosing region's default dialect is dropped when the rest
    /// has no further '.' (MLIR's OpState::printOpName).</summary>
    private void PrintOpName(Operation op)
    {
        var name = op.Name.Name;
        string dialect = _defaultDialects[^1];
        if (dialect.Length > 0 && name.Length > dialect.Length + 1 && name[dialect.Length] == '.'
            && name.StartsWith(dialect, System.StringComparison.Ordinal) && name.IndexOf('.', dialect.Length + 1) < 0)
            _w.Write(name.AsSpan(dialect.Length + 1));
        else
            _w.Write(name);
    }

    internal void PrintGenericOp(Operation op)
    {
        if (_collect != null)
        {
            _collect.CollectGeneric(op);
            return;
        }
        PrintEscapedString(op.Name.Name);
        _w.Write('(');
        var operands = op.OpOperands;
        for (int i = 0; i < operands.Length; i++)
        {
            if (i > 0)
                _w.Write(", ");
            PrintValueId(operands[i].Value);
        }
        _w.Write(')');
        if (op.NumSuccessors > 0)
        {
            _w.Write('[');
            for (int i = 0; i < op.NumSuccessors; i++)
            {
                if (i > 0)
                    _w.Write(", ");
                _names!.PrintBlockName(_w, op.GetSuccessor(i));
            }
            _w.Write(']');
        }
        if (op.Properties is { } props && !(op.IsRegistered && props is DictionaryAttr { IsEmpty: true }))
        {
            _w.Write(" <");
            PrintAttribute(props);
            _w.Write('>');
        }
        if (op.NumRegions > 0)
        {
            _w.Write(" (");
            for (int i = 0; i < op.NumRegions; i++)
            {
                if (i > 0)
                    _w.Write(", ");
                PrintRegion(op.Regions[i], printEntryBlockArgs: true, printBlockTerminators: true, printEmptyBlock: true);
            }
            _w.Write(')');
        }
        PrintOptionalAttrDict(op.Attributes, withKeyword: false);
        _w.Write(" : ");
        PrintFunctionalType(op);
    }

    private void PrintFunctionalType(Operation op)
    {
        _w.Write('(');
        var operands = op.OpOperands;
        for (int i = 0; i < operands.Length; i++)
        {
            if (i > 0)
                _w.Write(", ");
            PrintType(operands[i].Value.Type);
        }
        _w.Write(") -> ");
        var results = op.Results;
        bool wrap = results.Length != 1 || results[0].Type is IR.Types.FunctionType;
        if (wrap)
            _w.Write('(');
        for (int i = 0; i < results.Length; i++)
        {
            if (i > 0)
                _w.Write(", ");
            PrintType(results[i].Type);
        }
        if (wrap)
            _w.Write(')');
    }

    internal void PrintBlockName(Block block)
    {
        if (_names == null)
            _w.Write("^INVALIDBLOCK");
        else
            _names.PrintBlockName(_w, block);
    }

    internal void PrintValueId(Value v)
    {
        if (_names == null)
        {
            _w.Write("<<UNKNOWN SSA VALUE>>");
            return;
        }
        _names.PrintValueId(_w, v);
    }

    internal void PrintRegion(Region region, bool printEntryBlockArgs, bool printBlockTerminators, bool printEmptyBlock = false)
    {
        if (_collect != null)
        {
            _collect.CollectRegion(region, printEntryBlockArgs, printBlockTerminators);
            return;
        }
        _w.Write("{\n");
        var entry = region.FirstBlock;
        if (entry != null)
        {
            _defaultDialects.Add(region.ParentOp?.Name.Info?.DefaultDialect ?? "");
            bool header = (printEmptyBlock && entry.IsEmpty) || (printEntryBlockArgs && entry.NumArguments != 0);
            PrintBlock(entry, header, printBlockTerminators);
            for (var b = entry.NextBlock; b != null; b = b.NextBlock)
                PrintBlock(b, true, true);
            _defaultDialects.RemoveAt(_defaultDialects.Count - 1);
        }
        _w.Indent(_indent);
        _w.Write('}');
    }

    private void PrintBlock(Block block, bool printHeader, bool printTerminator)
    {
        if (printHeader)
        {
            _w.Indent(_indent);
            _names!.PrintBlockName(_w, block);
            if (block.NumArguments > 0)
            {
                _w.Write('(');
                for (int i = 0; i < block.NumArguments; i++)
                {
                    if (i > 0)
                        _w.Write(", ");
                    var arg = block.GetArgument(i);
                    PrintValueId(arg);
                    _w.Write(": ");
                    PrintType(arg.Type);
                    PrintTrailingLocation(arg.ArgLocation, allowAlias: false);
                }
                _w.Write(')');
            }
            _w.Write(':');
            PrintPredecessors(block);
            _w.Write('\n');
        }
        _indent += IndentWidth;
        var last = block.LastOp;
        bool skipTerminator = !printTerminator && last != null && last.HasTrait(OpTraits.IsTerminator);
        for (var op = block.FirstOp; op != null; op = op.NextOp)
        {
            if (skipTerminator && op == last)
                break;
            PrintFullOpWithIndentAndLoc(op);
            _w.Write('\n');
        }
        _indent -= IndentWidth;
    }

    private void PrintPredecessors(Block block)
    {
        if (block.Parent == null)
        {
            _w.Write("  // block is not in a region!");
            return;
        }
        if (block.HasNoPredecessors)
        {
            if (!block.IsEntryBlock)
                _w.Write("  // no predecessors");
            return;
        }
        if (block.SinglePredecessor is { } pred)
        {
            _w.Write("  // pred: ");
            _names!.PrintBlockName(_w, pred);
            return;
        }
        var preds = new List<Block>(block.Predecessors);
        preds.Sort((a, b) => _names!.BlockOrdering(a).CompareTo(_names.BlockOrdering(b)));
        _w.Write("  // ");
        _w.Write(preds.Count);
        _w.Write(" preds: ");
        for (int i = 0; i < preds.Count; i++)
        {
            if (i > 0)
                _w.Write(", ");
            _names!.PrintBlockName(_w, preds[i]);
        }
    }

    /// <summary>
    /// ` {a = 1, ...}` (or ` attributes {...}`) less the names in <paramref name="elided"/>; nothing when no entry is
    /// left. A span, not a collection interface, so that checking names allocates no enumerator per entry.
    /// O(entries x elided).
    /// </summary>
    internal void PrintOptionalAttrDict(DictionaryAttr attrs, bool withKeyword, ReadOnlySpan<string> elided = default)
    {
        var entries = attrs.Entries;
        int shown = 0;
        foreach (var e in entries)
            if (!Contains(elided, e.Name))
                shown++;
        if (shown == 0)
            return;
        _w.Write(withKeyword ? " attributes {" : " {");
        bool first = true;
        foreach (var e in entries)
        {
            if (Contains(elided, e.Name))
                continue;
            if (!first)
                _w.Write(", ");
            first = false;
            PrintNamedAttribute(e);
        }
        _w.Write('}');
    }

    private static bool Contains(ReadOnlySpan<string> names, string name)
    {
        foreach (var n in names)
            if (n == name)
                return true;
        return false;
    }

    private void PrintNamedAttribute(NamedAttribute attr)
    {
        PrintKeywordOrString(attr.Name);
        if (attr.Value is UnitAttr)
            return;
        _w.Write(" = ");
        PrintAttribute(attr.Value);
    }
}
