using System;
using System.Collections.Generic;
using Attribute = Dialectic.Core.IR.Attribute;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Declarations;
using Dialectic.Core.Syntax;

namespace Dialectic.Dialects.Llvm;

/// <summary><c>llvm.extractvalue %s[1, 0] : !llvm.struct&lt;...&gt;</c>: reads the element at a constant position
/// of a struct or array value; the result type follows from the position.</summary>
[Op("llvm", "extractvalue", Summary = "Extract a value from an LLVM struct.")]
[Traits(OpTraits.Pure)]
public sealed partial class ExtractValueOp : Operation
{
    [Operand(Name = "container")]
    public partial Value Container { get; }

    [Property(Name = "position")]
    public partial DenseArrayAttr Position { get; }

    [Result(Name = "res")]
    public partial Value Res { get; }

    // `%container[pos] attr-dict : type($container)`; upstream's format leaves a space after the type.
    private static bool Parse(OpAsmParser parser, OperationState state)
    {
        var container = parser.ParseOperand();
        var position = LlvmAggregates.ParsePosition(parser);
        parser.ParseOptionalAttrDict();
        var type = parser.ParseColonType();
        var element = LlvmAggregates.ElementType(type, position.Raw, out string? error);
        if (element == null)
            return parser.EmitError($"{error}");
        state.Operands.Add(parser.ResolveOperand(container, type));
        state.ResultTypes.Add(element);
        GeneratedSyntax.SetProperties(state, new List<NamedAttribute> { new("position", position) }, Info.InherentAttributes);
        return true;
    }

    private void Print(OpAsmPrinter printer)
    {
        printer.Write(' ');
        printer.PrintOperand(Container);
        LlvmAggregates.PrintPosition(printer, Position);
        GeneratedSyntax.PrintOptionalAttrDict(printer, this, ["position"], null);
        printer.Write(" : ");
        printer.PrintType(Container.Type);
        printer.Write(' ');
    }

    private bool Verify()
    {
        var element = LlvmAggregates.ElementType(Container.Type, Position.Raw, out string? error);
        if (element == null)
            return EmitOpError(error!);
        if (element != Res.Type)
            return EmitOpError($"Type mismatch: extracting from {Container.Type} should produce {element} but this op returns {Res.Type}");
        return true;
    }

    // extractvalue(extractvalue(c, p), q) -> extractvalue(c, p ++ q), in place;
    // extractvalue(insertvalue(v, c, p), p) -> v; looks through inserts at other positions, and into an inserted
    // value whose position is a prefix of the extracted one (upstream's fold).
    private OpFoldResult? Fold(System.ReadOnlySpan<Attribute?> operands)
    {
        if (Container.DefiningOp is ExtractValueOp inner)
        {
            var joined = new long[inner.Position.Raw.Length + Position.Raw.Length];
            inner.Position.Raw.CopyTo(joined);
            Position.Raw.CopyTo(joined.AsSpan(inner.Position.Raw.Length));
            SetPosition(joined);
            SetOperand(0, inner.Container);
            return Res;
        }
        OpFoldResult? result = null;
        var insert = Container.DefiningOp as InsertValueOp;
        System.ReadOnlySpan<long> extractPos = Position.Raw;
        bool switchedToInsertedValue = false;
        while (insert != null)
        {
            var insertPos = insert.Position.Raw;
            if (extractPos.SequenceEqual(insertPos))
                return insert.Value;
            if (extractPos.Length > insertPos.Length && extractPos[..insertPos.Length].SequenceEqual(insertPos))
            {
                extractPos = extractPos[insertPos.Length..];
                insert = insert.Value.DefiningOp as InsertValueOp;
                switchedToInsertedValue = true;
                continue;
            }
            int min = System.Math.Min(extractPos.Length, insertPos.Length);
            // One position a prefix of the other: the insert overlaps the extracted element; stop.
            if (extractPos[..min].SequenceEqual(insertPos[..min]))
                return result;
            if (!switchedToInsertedValue)
            {
                SetOperand(0, insert.Container);
                result = Res;
            }
            insert = insert.Container.DefiningOp as InsertValueOp;
        }
        return result;
    }

    private void SetPosition(long[] position)
    {
        if (Properties is DictionaryAttr properties)
            Properties = properties.With("position", DenseArrayAttr.Get(Context.I(64), position));
    }
}
