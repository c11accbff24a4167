using System.Numerics;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.Rewrite;
using Dialectic.Dialects.Llvm;
using Type = Dialectic.Core.IR.Type;

namespace Dialectic.Passes.Conversion.ArithToLlvm;

/// <summary>Builds the llvm ops that expansions emit, at the rewriter's insertion point and at one location.
/// Operands are already of llvm-compatible types.</summary>
internal readonly struct LlvmOpBuilder(PatternRewriter rewriter, LocationAttr location)
{
    /// <summary><c>llvm.mlir.constant(value) : type</c> for an integer (or integer vector: a splat) type.</summary>
    public Value IntConstant(Type type, BigInteger value) =>
        ConstantOp.Create(rewriter, location, type, SplatConstants.Int(type, value)!).Res;

    /// <summary><c>llvm.mlir.constant(value) : type</c> for a float (or float vector: a splat) type.</summary>
    public Value FloatConstant(Type type, double value) =>
        ConstantOp.Create(rewriter, location, type, SplatConstants.Float(type, value)!).Res;

    /// <summary><c>llvm.icmp "predicate" lhs, rhs</c>.</summary>
    public Value ICmp(ICmpPredicate predicate, Value lhs, Value rhs)
    {
        var state = new OperationState(location, ICmpOp.OperationName);
        state.Operands.Add(lhs);
        state.Operands.Add(rhs);
        state.ResultTypes.Add(ArithOpBuilder.I1SameShape(lhs.Type));
        state.Properties = DictionaryAttr.Get(rewriter.Context,
            [new NamedAttribute("predicate", IntegerAttr.Get(rewriter.Context.I(64), (long)predicate))]);
        return rewriter.Create(state).GetResult(0);
    }

    /// <summary>The binary llvm op <paramref name="name"/> (result of the operands' type), with
    /// <paramref name="fastmath"/> flags on float ops.</summary>
    public Value Binary(string name, Value lhs, Value rhs, FastmathFlags fastmath = FastmathFlags.None)
    {
        var state = new OperationState(location, name);
        state.Operands.Add(lhs);
        state.Operands.Add(rhs);
        state.ResultTypes.Add(lhs.Type);
        if (fastmath != FastmathFlags.None)
            state.Properties = DictionaryAttr.Get(rewriter.Context,
                [new NamedAttribute(LlvmAttrConversion.FastmathFlagsName, FastmathFlagsAttr.Get(rewriter.Context, fastmath))]);
        return rewriter.Create(state).GetResult(0);
    }

    /// <summary>The unary llvm op <paramref name="name"/> (result of the operand's type), with
    /// <paramref name="fastmath"/> flags.</summary>
    public Value Unary(string name, Value operand, FastmathFlags fastmath = FastmathFlags.None)
    {
        var state = new OperationState(location, name);
        state.Operands.Add(operand);
        state.ResultTypes.Add(operand.Type);
        if (fastmath != FastmathFlags.None)
            state.Properties = DictionaryAttr.Get(rewriter.Context,
                [new NamedAttribute(LlvmAttrConversion.FastmathFlagsName, FastmathFlagsAttr.Get(rewriter.Context, fastmath))]);
        return rewriter.Create(state).GetResult(0);
    }

    /// <summary><c>llvm.select condition, trueValue, falseValue</c>.</summary>
    public Value Select(Value condition, Value trueValue, Value falseValue)
    {
        var state = new OperationState(location, SelectOp.OperationName);
        state.Operands.Add(condition);
        state.Operands.Add(trueValue);
        state.Operands.Add(falseValue);
        state.ResultTypes.Add(trueValue.Type);
        return rewriter.Create(state).GetResult(0);
    }
}
