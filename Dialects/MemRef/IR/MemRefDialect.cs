using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Declarations;

namespace Dialectic.Dialects.MemRef;

/// <summary>
/// The <c>memref</c> dialect (MLIR's <c>memref</c> dialect): allocation, access and views of buffers described by
/// memref types, with their strided layouts.
/// </summary>
[DialectOperations("memref")]
public sealed partial class MemRefDialect : Dialect
{
    public MemRefDialect(Context context) : base(context, "memref") { }

    protected override void Initialize()
    {
        RegisterOperations();
        AddInterface<Core.Interfaces.InlinerInterface>(new Core.Interfaces.InlinerLegalInterface());
    }

    /// <summary>Constants (folded sizes and ranks) are <c>arith.constant</c>s, as upstream: the arith dialect builds
    /// them when it is loaded.</summary>
    public override Operation? MaterializeConstant(OpBuilder builder, Attribute value, Type type, LocationAttr location) =>
        Context.GetDialect("arith")?.MaterializeConstant(builder, value, type, location);
}
