using System.Collections.Generic;
using System.Numerics;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Types;
using Dialectic.Core.Rewrite;
using Dialectic.Core.Rewrite.Conversion;
using Dialectic.Dialects.Arith;
using Type = Dialectic.Core.IR.Type;

namespace Dialectic.Passes.Conversion.ArithToLlvm;

/// <summary>Builds the arith ops the expansions emit (by name: these need no flags), at the rewriter's insertion
/// point and at one location.</summary>
internal readonly struct ArithOpBuilder(PatternRewriter rewriter, LocationAttr location)
{
    /// <summary><c>arith.constant value : type</c> (a splat for vectors and tensors).</summary>
    public Value Constant(Type type, BigInteger value)
    {
        Attribute attr = type is ShapedType shaped
            ? SplatConstants.Splat(shaped, IntegerAttr.Get(shaped.ElementType, value).Bits)
            : IntegerAttr.Get(type, value);
        return ConstantOp.Create(rewriter, location, type, attr).Result;
    }

    /// <summary><c>arith.cmpi predicate, lhs, rhs</c>, an i1 (or i1 elements) result.</summary>
    public Value CmpI(CmpIPredicate predicate, Value lhs, Value rhs)
    {
        var state = new OperationState(location, CmpIOp.OperationName);
        state.Operands.Add(lhs);
        state.Operands.Add(rhs);
        state.ResultTypes.Add(I1SameShape(lhs.Type));
        state.Properties = DictionaryAttr.Get(rewriter.Context,
            [new NamedAttribute("predicate", IntegerAttr.Get(rewriter.Context.I(64), (long)predicate))]);
        return rewriter.Create(state).GetResult(0);
    }

    /// <summary><c>arith.cmpf predicate, lhs, rhs</c>, an i1 (or i1 elements) result.</summary>
    public Value CmpF(CmpFPredicate predicate, Value lhs, Value rhs)
    {
        var state = new OperationState(location, CmpFOp.OperationName);
        state.Operands.Add(lhs);
        state.Operands.Add(rhs);
        state.ResultTypes.Add(I1SameShape(lhs.Type));
        state.Properties = DictionaryAttr.Get(rewriter.Context,
            [new NamedAttribute("predicate", IntegerAttr.Get(rewriter.Context.I(64), (long)predicate))]);
        return rewriter.Create(state).GetResult(0);
    }

    /// <summary>A binary op <paramref name="name"/> whose result has the type of <paramref name="lhs"/>.</summary>
    public Value Binary(string name, Value lhs, Value rhs)
    {
        var state = new OperationState(location, name);
        state.Operands.Add(lhs);
        state.Operands.Add(rhs);
        state.ResultTypes.Add(lhs.Type);
        return rewriter.Create(state).GetResult(0);
    }

    /// <summary><c>arith.select condition, trueValue, falseValue</c>.</summary>
    public Value Select(Value condition, Value trueValue, Value falseValue)
    {
        var state = new OperationState(location, SelectOp.OperationName);
        state.Operands.Add(condition);
        state.Operands.Add(trueValue);
        state.Operands.Add(falseValue);
        state.ResultTypes.Add(trueValue.Type);
        return rewriter.Create(state).GetResult(0);
    }

    /// <summary>Replaces <paramref name="op"/>'s single result by <paramref name="value"/> (through the conversion
    /// rewriter's own replacement when the pattern runs in a dialect conversion).</summary>
    public static void Replace(PatternRewriter rewriter, Operation op, Value value)
    {
        var values = new List<Value?>(1) { value };
        if (rewriter is ConversionPatternRewriter conversion)
            conversion.ReplaceOp(op, values);
        else
            rewriter.ReplaceOp(op, values);
    }

    /// <summary>i1 in the shape of <paramref name="type"/>.</summary>
    public static Type I1SameShape(Type type)
    {
        var i1 = type.Context.I(1);
        return type switch
        {
            VectorType v => VectorType.Get(v.Shape, i1, v.ScalableDims),
            RankedTensorType r => RankedTensorType.Get(r.Shape, i1, r.Encoding),
            UnrankedTensorType => UnrankedTensorType.Get(i1),
            _ => i1,
        };
    }
}
