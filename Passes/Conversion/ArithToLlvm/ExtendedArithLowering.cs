using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Types;
using Dialectic.Core.Rewrite.Conversion;
using Dialectic.Dialects.Llvm;
using Dialectic.Passes.Conversion.LlvmCommon;

namespace Dialectic.Passes.Conversion.ArithToLlvm;

/// <summary>The lowerings of the two-result arith ops (scalars and 1-D vectors):
/// <code>
/// // arith.addui_extended a, b -> s = llvm.intr.uadd.with.overflow(a, b); (extractvalue s[0], extractvalue s[1])
/// //   (while the llvm dialect does not register that intrinsic: s = add a, b; (s, icmp ult s, a))
/// // arith.mul{s,u}i_extended a, b -> w = mul(ext(a), ext(b)) in 2N bits; (trunc w, trunc(lshr(w, N)))
/// </code></summary>
internal sealed class ExtendedArithLowering : ConversionPattern
{
    /// <summary>The op that computes an add with its carry, built by name; used when the llvm dialect registers
    /// it (so that the result can be printed, parsed and translated).</summary>
    public const string UAddWithOverflowName = "llvm.intr.uadd.with.overflow";

    private readonly LlvmTypeConverter _converter;
    private readonly Kind _kind;

    public enum Kind { AddUI, MulSI, MulUI }

    public ExtendedArithLowering(LlvmTypeConverter converter, string sourceName, Kind kind)
        : base(sourceName, 1, converter.Context, converter.Converter)
    {
        _converter = converter;
        _kind = kind;
    }

    public override bool MatchAndRewrite(Operation op, OpAdaptor adaptor, ConversionPatternRewriter rewriter)
    {
        var operandType = adaptor[0].Type;
        if (!LlvmTypeConverter.IsLlvmCompatibleType(operandType))
            return rewriter.NotifyMatchFailure(op, operandType is LlvmArrayType
                ? "n-D vector types are not supported" : "operand type is not LLVM-compatible");
        return _kind == Kind.AddUI
            ? RewriteAdd(op, adaptor, rewriter, operandType)
            : RewriteMul(op, adaptor, rewriter, operandType);
    }

    private bool RewriteAdd(Operation op, OpAdaptor adaptor, ConversionPatternRewriter rewriter, Type operandType)
    {
        if (_converter.ConvertType(op.GetResult(1).Type) is not { } overflowType)
            return rewriter.NotifyMatchFailure(op, "overflow type has no conversion");
        var loc = op.Location;
        if (!op.Context.GetOperationName(UAddWithOverflowName).IsRegistered)
        {
            // The sum wrapped exactly when it is below an operand.
            var b = new LlvmOpBuilder(rewriter, loc);
            var wrapped = b.Binary(AddOp.OperationName, adaptor[0], adaptor[1]);
            rewriter.ReplaceOp(op, [wrapped, b.ICmp(ICmpPredicate.Ult, wrapped, adaptor[0])]);
            return true;
        }
        var structType = LlvmStructType.GetLiteral(op.Context, [operandType, overflowType]);
        var state = new OperationState(loc, UAddWithOverflowName);
        state.Operands.Add(adaptor[0]);
        state.Operands.Add(adaptor[1]);
        state.ResultTypes.Add(structType);
        var add = rewriter.Create(state).GetResult(0);
        var sum = ExtractValueOp.Create(rewriter, loc, operandType, add, Position(op.Context, 0)).Res;
        var overflow = ExtractValueOp.Create(rewriter, loc, overflowType, add, Position(op.Context, 1)).Res;
        rewriter.ReplaceOp(op, [sum, overflow]);
        return true;
    }

    private bool RewriteMul(Operation op, OpAdaptor adaptor, ConversionPatternRewriter rewriter, Type resultType)
    {
        var context = op.Context;
        var loc = op.Location;
        // The shift that brings the high half down, as a constant of the 2N-bit type.
        Attribute shift;
        Type wideType;
        if (resultType is IntegerType integer)
        {
            wideType = context.I(2 * integer.Width);
            shift = IntegerAttr.Get(wideType, integer.Width);
        }
        else if (resultType is VectorType { ElementType: IntegerType element } vector)
        {
            var wideVector = VectorType.Get(vector.Shape, context.I(2 * element.Width));
            wideType = wideVector;
            shift = SplatConstants.Int(wideVector, element.Width)!;
        }
        else
        {
            return rewriter.NotifyMatchFailure(op, "expected integer or vector of integer type");
        }
        bool signed = _kind == Kind.MulSI;
        Value lhs = signed ? SExtOp.Create(rewriter, loc, wideType, adaptor[0]).Res : ZExtOp.Create(rewriter, loc, wideType, adaptor[0]).Res;
        Value rhs = signed ? SExtOp.Create(rewriter, loc, wideType, adaptor[1]).Res : ZExtOp.Create(rewriter, loc, wideType, adaptor[1]).Res;
        var wide = MulOp.Create(rewriter, loc, wideType, lhs, rhs).Res;
        var low = TruncOp.Create(rewriter, loc, resultType, wide).Res;
        var amount = ConstantOp.Create(rewriter, loc, wideType, shift).Res;
        var highWide = LShrOp.Create(rewriter, loc, wideType, wide, amount).Res;
        var high = TruncOp.Create(rewriter, loc, resultType, highWide).Res;
        rewriter.ReplaceOp(op, [low, high]);
        return true;
    }

    private static DenseArrayAttr Position(Context context, long index) => DenseArrayAttr.Get(context.I(64), [index]);
}
