using System.Collections.Generic;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Xunit;

namespace Dialectic.Core.Tests.IR;

/// <summary>The fold hook, constant lookup through ConstantLike ops, and dialect constant materialization.</summary>
public sealed class FoldingTests
{
    private sealed class FoldDialect(Context context) : Dialect(context, "fd")
    {
        protected override void Initialize()
        {
            AddOperation(new OperationInfo("fd.const", OpTraits.ConstantLike | OpTraits.Pure) { InherentAttributes = ["value"] });
            // add(x, y) with both constant -> constant; add(x, 0) -> x.
            AddOperation(new OperationInfo("fd.add", OpTraits.Pure | OpTraits.Commutative)
            {
                Fold = static (op, constants, results) =>
                {
                    if (constants[0] is IntegerAttr a && constants[1] is IntegerAttr b)
                    {
                        results.Add(IntegerAttr.Get(a.Type, a.SignedValue + b.SignedValue));
                        return true;
                    }
                    if (constants[1] is IntegerAttr { IsZero: true })
                    {
                        results.Add(op.GetOperand(0));
                        return true;
                    }
                    return false;
                },
            });
        }

        public override Operation? MaterializeConstant(OpBuilder builder, Attribute value, Dialectic.Core.IR.Type type, LocationAttr location)
        {
            var state = new OperationState(location, "fd.const");
            state.ResultTypes.Add(type);
            state.Properties = DictionaryAttr.Get(Context, [new NamedAttribute("value", value)]);
            return builder.Create(state);
        }
    }

    [Fact]
    public void FoldsThroughConstantsAndMaterializes()
    {
        var ctx = new Context { AllowUnregisteredDialects = true };
        var dialect = ctx.RegisterDialect(new FoldDialect(ctx));
        var i32 = ctx.I(32);
        var block = new Block();
        var builder = new OpBuilder(ctx);
        builder.SetInsertionPointToEnd(block);
        var c2 = dialect.MaterializeConstant(builder, IntegerAttr.Get(i32, 2), i32, ctx.UnknownLoc)!;
        var c0 = dialect.MaterializeConstant(builder, IntegerAttr.Get(i32, 0), i32, ctx.UnknownLoc)!;
        var opaque = builder.Create(new OperationState(ctx.UnknownLoc, "t.value") { ResultTypes = { i32 } });

        var addConst = builder.Create(new OperationState(ctx.UnknownLoc, "fd.add") { Operands = { c2.GetResult(0), c2.GetResult(0) }, ResultTypes = { i32 } });
        var results = new List<OpFoldResult>();
        Assert.True(addConst.Fold(results));
        Assert.Same(IntegerAttr.Get(i32, 4), Assert.Single(results).Attribute);

        var addZero = builder.Create(new OperationState(ctx.UnknownLoc, "fd.add") { Operands = { opaque.GetResult(0), c0.GetResult(0) }, ResultTypes = { i32 } });
        Assert.True(addZero.Fold(results));
        Assert.Same(opaque.GetResult(0), Assert.Single(results).Value);

        var addOpaque = builder.Create(new OperationState(ctx.UnknownLoc, "fd.add") { Operands = { opaque.GetResult(0), opaque.GetResult(0) }, ResultTypes = { i32 } });
        Assert.False(addOpaque.Fold(results));
        Assert.Empty(results);

        Assert.Null(Operation.GetConstantValue(opaque.GetResult(0)));
        Assert.Same(IntegerAttr.Get(i32, 2), Operation.GetConstantValue(c2.GetResult(0)));
        Assert.False(opaque.Fold(results));
    }
}
