using System.Collections.Generic;
using Dialectic.Core.Interfaces;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Declarations;
using Dialectic.Core.IR.Types;

namespace Dialectic.Dialects.Func;

/// <summary>The <c>func</c> dialect: functions, calls and returns (MLIR's <c>func</c> dialect).</summary>
[DialectOperations("func")]
public sealed partial class FuncDialect : Dialect
{
    public FuncDialect(Context context) : base(context, "func") { }

    protected override void Initialize()
    {
        RegisterOperations();
        AddInterface<InlinerInterface>(new FuncInliner());
    }

    /// <summary>
    /// MLIR's <c>FuncInlinerInterface</c>: calls, functions and returns are always legal; a <c>func.return</c> of a
    /// multi-block body becomes a <c>cf.br</c> to the continuation block (created by name, so that func does not
    /// depend on the cf project), and one of a single-block body forwards its operands to the call's users.
    /// </summary>
    private sealed class FuncInliner : InlinerInterface
    {
        public override bool IsLegalToInline(Operation call, Operation callable, bool wouldBeCloned) => true;

        public override bool IsLegalToInline(Region destination, Region source, bool wouldBeCloned, IRMapping mapping) => true;

        public override bool IsLegalToInline(Operation op, Region destination, bool wouldBeCloned, IRMapping mapping) => true;

        public override void HandleTerminator(Operation op, Block newDestination)
        {
            if (op is not ReturnOp)
                return;
            var state = new OperationState(op.Location, "cf.br");
            for (int i = 0; i < op.NumOperands; i++)
                state.Operands.Add(op.GetOperand(i));
            state.Successors.Add(newDestination);
            var builder = new OpBuilder(op.Context);
            builder.SetInsertionPoint(op);
            builder.Create(state);
            op.Erase();
        }

        public override void HandleTerminator(Operation op, IReadOnlyList<Value> valuesToReplace)
        {
            if (op is not ReturnOp)
                return;
            for (int i = 0; i < valuesToReplace.Count && i < op.NumOperands; i++)
                valuesToReplace[i].ReplaceAllUsesWith(op.GetOperand(i));
        }
    }
}
