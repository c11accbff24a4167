using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Dialectic.Core.Interfaces;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;

namespace Dialectic.Dialects.Llvm.Target;

/// <summary>
/// Writes one <c>llvm.func</c> as an LLVM IR <c>define</c>. A first pass names every value the way LLVM numbers
/// unnamed values (arguments <c>%0..</c>, then the entry block, then each block label, phi and value-producing
/// instruction in text order), inlines constants (<c>llvm.mlir.constant</c>, <c>zero</c>, <c>undef</c>,
/// <c>poison</c>, <c>addressof</c>) into their uses, and gathers each block's incoming edges: block arguments
/// become phi nodes. A terminator that reaches one block with arguments through several of its successors
/// gets an extra block per repeated edge (LLVM allows one phi entry per predecessor block); those blocks follow
/// the function's own, as MLIR's export legalization appends them.
/// </summary>
internal sealed partial class LlvmIrFunctionWriter
{
    private readonly LlvmIrTypeWriter _types;
    private readonly LlvmIrConstantWriter _constants;
    private readonly LlvmIrIntrinsics _intrinsics;
    private readonly IReadOnlyDictionary<string, LlvmFuncOp> _functions;
    private readonly StringBuilder _out;

    private readonly Dictionary<Value, string> _names = new();
    private readonly Dictionary<Block, string> _labels = new();
    private readonly Dictionary<Block, List<Edge>> _incoming = new();
    private readonly List<Edge> _splitEdges = new();
    private int _next;

    /// <summary>One control-flow edge: successor <see cref="Index"/> of <see cref="Terminator"/>. A split edge goes
    /// through its own block, labelled <see cref="SplitLabel"/>.</summary>
    private sealed class Edge
    {
        public required Operation Terminator { get; init; }
        public required int Index { get; init; }
        public string? SplitLabel { get; set; }
        public bool IsSplit { get; init; }
    }

    public LlvmIrFunctionWriter(LlvmIrTypeWriter types, LlvmIrConstantWriter constants, LlvmIrIntrinsics intrinsics,
        IReadOnlyDictionary<string, LlvmFuncOp> functions, StringBuilder output)
    {
        _types = types;
        _constants = constants;
        _intrinsics = intrinsics;
        _functions = functions;
        _out = output;
    }

    /// <summary>Writes <paramref name="func"/> (a <c>declare</c> or a <c>define</c>) followed by a newline.</summary>
    public void Write(LlvmFuncOp func)
    {
        var signature = func.Signature;
        bool external = func.IsExternal;
        _out.Append(external ? "declare " : "define ");
        var linkage = func.Linkage.Value;
        if (linkage != Linkage.External)
            _out.Append(linkage.ToKeyword()).Append(' ');
        if (func.DsoLocal != null)
            _out.Append("dso_local ");
        AppendVisibility(_out, func.Visibility);
        AppendCConv(_out, func.CConv.Value);
        _out.Append(_types.Get(signature.ReturnType)).Append(' ');
        LlvmIrNames.AppendName(_out, '@', func.SymName.Bytes);
        _out.Append('(');
        if (!external)
            NameValues(func);
        for (int i = 0; i < signature.Params.Length; i++)
        {
            if (i > 0)
                _out.Append(", ");
            _out.Append(_types.Get(signature.Params[i]));
            if (!external)
                _out.Append(' ').Append(_names[func.Body.FirstBlock!.Arguments[i]]);
        }
        if (signature.IsVarArg)
            _out.Append(signature.Params.Length > 0 ? ", ..." : "...");
        _out.Append(')');
        AppendUnnamedAddr(_out, func.UnnamedAddr);
        if (external)
        {
            _out.Append('\n');
            return;
        }
        _out.Append(" {\n");
        bool first = true;
        foreach (var block in func.Body.Blocks)
        {
            if (!first)
                _out.Append('\n').Append(_labels[block].AsSpan(1)).Append(":\n");
            first = false;
            WritePhis(block);
            for (var op = block.FirstOp; op != null; op = op.NextOp)
                WriteOp(op);
        }
        foreach (var edge in _splitEdges)
        {
            _out.Append('\n').Append(edge.SplitLabel.AsSpan(1)).Append(":\n");
            _out.Append("  br label ").Append(_labels[edge.Terminator.GetSuccessor(edge.Index)]).Append('\n');
        }
        _out.Append("}\n");
    }

    /// <summary>Gathers edges, then numbers values and blocks in the order LLVM will read them.</summary>
    private void NameValues(LlvmFuncOp func)
    {
        foreach (var block in func.Body.Blocks)
        {
            if (block.LastOp is not { } term || term.NumSuccessors == 0)
                continue;
            for (int i = 0; i < term.NumSuccessors; i++)
            {
                var target = term.GetSuccessor(i);
                bool repeated = false;
                for (int j = 0; j < i && !repeated; j++)
                    repeated = term.GetSuccessor(j) == target;
                var edge = new Edge { Terminator = term, Index = i, IsSplit = repeated && target.NumArguments > 0 };
                if (edge.IsSplit)
                    _splitEdges.Add(edge);
                if (!_incoming.TryGetValue(target, out var list))
                    _incoming[target] = list = new List<Edge>();
                list.Add(edge);
            }
        }

        bool entry = true;
        foreach (var block in func.Body.Blocks)
        {
            if (entry)
            {
                foreach (var arg in block.Arguments)
                    _names[arg] = Number();
                _labels[block] = Number();
                entry = false;
            }
            else
            {
                _labels[block] = Number();
                bool reachable = _incoming.ContainsKey(block);
                foreach (var arg in block.Arguments)
                    _names[arg] = reachable ? Number() : "poison";
            }
            for (var op = block.FirstOp; op != null; op = op.NextOp)
                NameResult(op);
        }
        foreach (var edge in _splitEdges)
            edge.SplitLabel = Number();
    }

    private string Number() => "%" + (_next++).ToString(CultureInfo.InvariantCulture);

    private void NameResult(Operation op)
    {
        if (!op.Name.Name.StartsWith("llvm.", StringComparison.Ordinal))
            throw new TranslationException(op, MissingInterface(op.Name.Name));
        if (op.NumResults == 0)
            return;
        if (op.NumResults > 1)
            throw new TranslationException(op, "cannot be converted to LLVM IR: ops with several results are not supported");
        var result = op.GetResult(0);
        switch (op)
        {
            case ConstantOp c:
                _names[result] = _constants.Constant(c.Value, result.Type, op);
                return;
            case ZeroOp:
                _names[result] = _constants.Zero(result.Type);
                return;
            case UndefOp:
                _names[result] = "undef";
                return;
            case PoisonOp:
                _names[result] = "poison";
                return;
            case AddressOfOp a:
                _names[result] = LlvmIrNames.Global(a.GlobalName.LeafReference);
                return;
            default:
                _names[result] = Number();
                return;
        }
    }

    private void WritePhis(Block block)
    {
        if (block.NumArguments == 0 || !_incoming.TryGetValue(block, out var edges) || block.IsEntryBlock)
            return;
        for (int a = 0; a < block.NumArguments; a++)
        {
            var arg = block.Arguments[a];
            _out.Append("  ").Append(_names[arg]).Append(" = phi ").Append(_types.Get(arg.Type)).Append(' ');
            // Latest edge first: the order MLIR's export lists predecessors in (its use lists grow at the front).
            for (int e = 0; e < edges.Count; e++)
            {
                var edge = edges[edges.Count - 1 - e];
                var operands = BranchOps.GetSuccessorOperands(edge.Terminator, edge.Index)
                    ?? throw new TranslationException(edge.Terminator, "cannot be converted to LLVM IR: unknown branch");
                var incoming = operands[a]
                    ?? throw new TranslationException(edge.Terminator, "cannot be converted to LLVM IR: produced successor operands are not supported");
                if (e > 0)
                    _out.Append(", ");
                _out.Append("[ ").Append(Name(incoming)).Append(", ")
                    .Append(edge.SplitLabel ?? _labels[edge.Terminator.Block!]).Append(" ]");
            }
            _out.Append('\n');
        }
    }

    /// <summary>The label a terminator names for its successor <paramref name="index"/> (a split block's when the
    /// edge is split).</summary>
    private string SuccessorLabel(Operation term, int index)
    {
        var target = term.GetSuccessor(index);
        if (_incoming.TryGetValue(target, out var edges))
            foreach (var edge in edges)
                if (edge.Terminator == term && edge.Index == index && edge.SplitLabel != null)
                    return edge.SplitLabel;
        return _labels[target];
    }

    private string Name(Value value) =>
        _names.TryGetValue(value, out string? name)
            ? name
            : throw new TranslationException(value.DefiningOp, "cannot be converted to LLVM IR: value defined outside the function");

    /// <summary><c>type name</c>, as operands read.</summary>
    private string Typed(Value value) => _types.Get(value.Type) + " " + Name(value);

    internal static void AppendVisibility(StringBuilder sb, IntegerAttr visibility)
    {
        long v = (long)visibility.SignedValue;
        if (v == 1)
            sb.Append("hidden ");
        else if (v == 2)
            sb.Append("protected ");
    }

    internal static void AppendUnnamedAddr(StringBuilder sb, IntegerAttr unnamedAddr)
    {
        long v = (long)unnamedAddr.SignedValue;
        if (v == 1)
            sb.Append(" local_unnamed_addr");
        else if (v == 2)
            sb.Append(" unnamed_addr");
    }

    private static void AppendCConv(StringBuilder sb, CConv cconv)
    {
        switch (cconv)
        {
            case CConv.C:
                return;
            case CConv.Fast:
                sb.Append("fastcc ");
                return;
            case CConv.Cold:
                sb.Append("coldcc ");
                return;
            case CConv.Tail:
                sb.Append("tailcc ");
                return;
            default:
                sb.Append("cc ").Append(((long)cconv).ToString(CultureInfo.InvariantCulture)).Append(' ');
                return;
        }
    }
}
