using System.Collections.Generic;
using System.Text;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Type = Dialectic.Core.IR.Type;

namespace Dialectic.Dialects.Llvm.Target;

/// <summary>
/// Writes <c>llvm.mlir.global</c> as <c>@name = [linkage] ... global|constant T init[, section "s"][, align N]</c>.
/// The initializer is the <c>value</c> attribute, or the value an initializer region returns, evaluated to a
/// constant: constants, zero/undef/poison, addresses of symbols, <c>insertvalue</c> into aggregates,
/// <c>getelementptr</c> and pointer/integer casts as constant expressions. A global without an initializer is a
/// declaration when its linkage is external (or extern_weak) and <c>undef</c>-initialized otherwise, as LLVM
/// requires of other linkages.
/// </summary>
internal sealed class LlvmIrGlobalWriter
{
    private readonly LlvmIrTypeWriter _types;
    private readonly LlvmIrConstantWriter _constants;
    private readonly StringBuilder _out;

    public LlvmIrGlobalWriter(LlvmIrTypeWriter types, LlvmIrConstantWriter constants, StringBuilder output)
    {
        _types = types;
        _constants = constants;
        _out = output;
    }

    public void Write(GlobalOp global)
    {
        var type = global.GlobalType.Value;
        string? init = null;
        if (global.Value is { } value)
            init = _constants.Constant(value, type, global);
        else if (global.Initializer.FirstBlock is { } block)
            init = Evaluate(block);
        var linkage = global.Linkage.Value;
        LlvmIrNames.AppendName(_out, '@', global.SymName.Bytes);
        _out.Append(" = ");
        if (init == null && linkage is not (Linkage.External or Linkage.ExternWeak))
            init = "undef";
        if (linkage != Linkage.External || init == null)
            _out.Append(linkage.ToKeyword()).Append(' ');
        if (global.DsoLocal != null)
            _out.Append("dso_local ");
        LlvmIrFunctionWriter.AppendVisibility(_out, global.Visibility);
        if (global.ThreadLocal != null)
            _out.Append("thread_local ");
        long unnamed = (long)global.UnnamedAddr.SignedValue;
        if (unnamed == 1)
            _out.Append("local_unnamed_addr ");
        else if (unnamed == 2)
            _out.Append("unnamed_addr ");
        if (global.AddressSpace != 0)
            _out.Append("addrspace(").Append(global.AddressSpace).Append(") ");
        _out.Append(global.Constant != null ? "constant " : "global ").Append(_types.Get(type));
        if (init != null)
            _out.Append(' ').Append(init);
        if (global.Section is { } section)
        {
            _out.Append(", section ");
            LlvmIrNames.AppendQuoted(_out, section.Bytes);
        }
        if (global.Alignment is { IsZero: false } align)
            _out.Append(", align ").Append(align.Value);
        _out.Append('\n');
    }

    /// <summary>A constant as the evaluator holds it: leaf text, or (after an insertvalue) its elements.</summary>
    private sealed class Node
    {
        public required Type Type { get; init; }
        public string? Text { get; set; }
        public Node[]? Elements { get; set; }
    }

    private string Evaluate(Block block)
    {
        var values = new Dictionary<Value, Node>();
        for (var op = block.FirstOp; op != null; op = op.NextOp)
        {
            if (op is ReturnOp ret)
                return ret.Arg is { } arg ? Text(Get(values, arg, op)) : throw Unsupported(op);
            if (op.NumResults != 1)
                throw Unsupported(op);
            var result = op.GetResult(0);
            var type = result.Type;
            values[result] = op switch
            {
                ConstantOp c => new Node { Type = type, Text = _constants.Constant(c.Value, type, op) },
                ZeroOp => new Node { Type = type, Text = _constants.Zero(type) },
                UndefOp => new Node { Type = type, Text = "undef" },
                PoisonOp => new Node { Type = type, Text = "poison" },
                AddressOfOp a => new Node { Type = type, Text = LlvmIrNames.Global(a.GlobalName.LeafReference) },
                InsertValueOp iv => Insert(Get(values, iv.Container, op), iv.Position.Raw, Get(values, iv.Value, op), op),
                GEPOp gep => new Node { Type = type, Text = GepExpression(values, gep) },
                PtrToIntOp or IntToPtrOp or BitcastOp or AddrSpaceCastOp => new Node
                {
                    Type = type,
                    Text = op.Name.Name.Substring(5) + " (" + Typed(Get(values, op.GetOperand(0), op)) + " to " + _types.Get(type) + ")",
                },
                _ => throw Unsupported(op),
            };
        }
        throw new TranslationException(block.ParentOp, "cannot be converted to LLVM IR: global initializer region without a terminator");
    }

    private static TranslationException Unsupported(Operation op) =>
        new(op, $"cannot be converted to LLVM IR: unsupported operation '{op.Name.Name}' in a global initializer");

    private static Node Get(Dictionary<Value, Node> values, Value v, Operation user) =>
        values.TryGetValue(v, out var node) ? node
            : throw new TranslationException(user, "cannot be converted to LLVM IR: global initializer uses a value defined outside it");

    private string Typed(Node node) => _types.Get(node.Type) + " " + Text(node);

    /// <summary>The constant's text; aggregates built by insertvalue are spelled element by element (iteratively
    /// deep only as far as the type nests).</summary>
    private string Text(Node node)
    {
        if (node.Elements == null)
            return node.Text!;
        var sb = new StringBuilder();
        bool packed = node.Type is LlvmStructType { IsPacked: true };
        sb.Append(node.Type switch { LlvmStructType => packed ? "<{ " : "{ ", LlvmArrayType => "[", _ => "<" });
        for (int i = 0; i < node.Elements.Length; i++)
        {
            if (i > 0)
                sb.Append(", ");
            sb.Append(Typed(node.Elements[i]));
        }
        sb.Append(node.Type switch { LlvmStructType => packed ? " }>" : " }", LlvmArrayType => "]", _ => ">" });
        return sb.ToString();
    }

    /// <summary>insertvalue on a constant: copies the path to <paramref name="position"/> and sets the leaf.</summary>
    private Node Insert(Node container, System.ReadOnlySpan<long> position, Node value, Operation op)
    {
        var root = Copy(container, op);
        var node = root;
        for (int i = 0; i < position.Length; i++)
        {
            long index = position[i];
            if (node.Elements == null || index < 0 || index >= node.Elements.Length)
                throw new TranslationException(op, "cannot be converted to LLVM IR: insertvalue position out of range");
            if (i == position.Length - 1)
                node.Elements[index] = value;
            else
                node = node.Elements[index] = Copy(node.Elements[index], op);
        }
        return root;
    }

    /// <summary>A shallow copy whose elements are explicit (a zero/undef/poison aggregate is expanded).</summary>
    private Node Copy(Node node, Operation op)
    {
        if (node.Elements != null)
            return new Node { Type = node.Type, Elements = (Node[])node.Elements.Clone() };
        Type[] elementTypes = node.Type switch
        {
            LlvmStructType s => s.Body.ToArray(),
            LlvmArrayType a => Repeat(a.ElementType, (long)a.NumElements),
            _ => throw new TranslationException(op, $"cannot be converted to LLVM IR: insertvalue into '{node.Type}' in a global initializer"),
        };
        var elements = new Node[elementTypes.Length];
        for (int i = 0; i < elements.Length; i++)
        {
            string text = node.Text switch
            {
                "undef" or "poison" => node.Text,
                "zeroinitializer" => _constants.Zero(elementTypes[i]),
                _ => throw new TranslationException(op, "cannot be converted to LLVM IR: insertvalue into a non-uniform constant in a global initializer"),
            };
            elements[i] = new Node { Type = elementTypes[i], Text = text };
        }
        return new Node { Type = node.Type, Elements = elements };
    }

    private static Type[] Repeat(Type type, long count)
    {
        var result = new Type[count];
        for (long i = 0; i < count; i++)
            result[i] = type;
        return result;
    }

    private string GepExpression(Dictionary<Value, Node> values, GEPOp gep)
    {
        var sb = new StringBuilder("getelementptr ");
        long flags = (long)gep.NoWrapFlags.SignedValue;
        if ((flags & 1) != 0)
            sb.Append("inbounds ");
        sb.Append('(').Append(_types.Get(gep.ElemType.Value)).Append(", ").Append(Typed(Get(values, gep.Base, gep)));
        var dynamic = gep.DynamicIndices;
        int next = 0;
        foreach (long raw in gep.RawConstantIndices.Raw)
        {
            sb.Append(", ");
            if (raw == GEPOp.DynamicIndex && next < dynamic.Length)
                sb.Append(Typed(Get(values, dynamic[next++].Value, gep)));
            else
                sb.Append("i32 ").Append(raw);
        }
        sb.Append(')');
        return sb.ToString();
    }
}
