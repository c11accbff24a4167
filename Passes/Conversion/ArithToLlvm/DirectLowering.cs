using Dialectic.Core.IR;
using Dialectic.Core.IR.Types;
using Dialectic.Core.Rewrite.Conversion;
using Dialectic.Dialects.Llvm;
using Dialectic.Passes.Conversion.LlvmCommon;

namespace Dialectic.Passes.Conversion.ArithToLlvm;

/// <summary>
/// Lowers an op to the llvm op of the same shape (MLIR's <c>VectorConvertToLLVMPattern</c>):
/// <c>src(%a', %b') -> llvm.op(%a', %b')</c> on the converted operands, with the converted result types and the
/// attributes carried over as <see cref="AttrConversionKind"/> says. Scalars and 1-D vectors only: n-D vectors,
/// which the converter turns into arrays of vectors, are declined.
/// </summary>
internal sealed class DirectLowering : ConversionPattern
{
    private readonly LlvmTypeConverter _converter;
    private readonly string _targetName;
    private readonly AttrConversionKind _attrs;
    private readonly bool _failOnUnsupportedFloat;
    private readonly System.Func<Operation, bool>? _applies;

    /// <param name="failOnUnsupportedFloat">decline ops with a float type LLVM lacks (f8, f4, ...), which the
    /// converter turns into integers (MLIR's <c>FailOnUnsupportedFP</c>).</param>
    /// <param name="applies">when given, the ops the lowering is for (others are declined).</param>
    public DirectLowering(LlvmTypeConverter converter, string sourceName, string targetName,
        AttrConversionKind attrs = AttrConversionKind.PassThrough, bool failOnUnsupportedFloat = false,
        System.Func<Operation, bool>? applies = null)
        : base(sourceName, 1, converter.Context, converter.Converter, [targetName])
    {
        _applies = applies;
        _converter = converter;
        _targetName = targetName;
        _attrs = attrs;
        _failOnUnsupportedFloat = failOnUnsupportedFloat;
    }

    public override bool MatchAndRewrite(Operation op, OpAdaptor adaptor, ConversionPatternRewriter rewriter)
    {
        if (_applies != null && !_applies(op))
            return rewriter.NotifyMatchFailure(op, "not handled by this lowering");
        if (_failOnUnsupportedFloat && HasUnsupportedFloat(op))
            return rewriter.NotifyMatchFailure(op, "unsupported floating point type");
        foreach (var operand in adaptor.Operands)
            if (operand.Type is LlvmArrayType)
                return rewriter.NotifyMatchFailure(op, "n-D vector types are not supported");
        var state = new OperationState(op.Location, _targetName);
        foreach (var result in op.Results)
        {
            if (_converter.ConvertType(result.Type) is not { } type)
                return rewriter.NotifyMatchFailure(op, $"result type '{result.Type}' has no conversion");
            if (type is LlvmArrayType)
                return rewriter.NotifyMatchFailure(op, "n-D vector types are not supported");
            state.ResultTypes.Add(type);
        }
        foreach (var operand in adaptor.Operands)
            state.Operands.Add(operand);
        LlvmAttrConversion.Convert(op, state, _attrs);
        rewriter.ReplaceOp(op, rewriter.Create(state));
        return true;
    }

    /// <summary>True when an operand or result of <paramref name="op"/> has (elements of) a float type LLVM
    /// lacks.</summary>
    internal static bool HasUnsupportedFloat(Operation op)
    {
        foreach (var operand in op.OpOperands)
            if (IsUnsupportedFloat(operand.Value.Type))
                return true;
        foreach (var result in op.Results)
            if (IsUnsupportedFloat(result.Type))
                return true;
        return false;
    }

    private static bool IsUnsupportedFloat(Type type)
    {
        if (type is ShapedType shaped)
            type = shaped.ElementType;
        return type is FloatType f && !LlvmTypeConverter.IsLlvmFloat(f);
    }
}
