using Dialectic.Core.IR;
using Dialectic.Core.IR.Declarations;
using Dialectic.Core.Syntax;

namespace Dialectic.Dialects.Llvm;

/// <summary>
/// The <c>llvm</c> dialect (MLIR's LLVM dialect): LLVM IR's types (<c>!llvm.ptr</c>, <c>!llvm.struct</c>, ...),
/// instructions, intrinsics and globals, the last stop before LLVM IR text.
/// </summary>
[DialectOperations("llvm")]
public sealed partial class LlvmDialect : Dialect
{
    public LlvmDialect(Context context) : base(context, "llvm") { }

    protected override void Initialize()
    {
        RegisterOperations();
        AddInterface<Core.Interfaces.InlinerInterface>(new Core.Interfaces.InlinerLegalInterface());
    }

    /// <summary>The llvm dialect of <paramref name="context"/>, registering it on first use (types can be built
    /// before any llvm op is parsed).</summary>
    public static LlvmDialect Of(Context context) =>
        context.GetDialect("llvm") as LlvmDialect ?? context.RegisterDialect(new LlvmDialect(context));

    /// <summary>Parses <c>!llvm.ptr</c>, <c>!llvm.struct&lt;...&gt;</c> and the other llvm types.</summary>
    public override Type? ParseType(DialectAsmParser parser)
    {
        var p = new LlvmTypeParser(parser.Context, parser.Body);
        return p.ParseBody() ?? parser.EmitError<Type>(p.Error ?? "invalid LLVM type");
    }

    /// <summary>The attributes <c>#llvm.fastmath</c>, <c>#llvm.linkage</c>, <c>#llvm.cconv</c>,
    /// <c>#llvm.tailcallkind</c> and <c>#llvm.zero</c>.</summary>
    public override Attribute? ParseAttribute(DialectAsmParser parser, Type? type) =>
        (Attribute?)FastmathFlagsAttr.Parse(parser) ?? (Attribute?)LinkageAttr.Parse(parser)
        ?? (Attribute?)CConvAttr.Parse(parser) ?? (Attribute?)TailCallKindAttr.Parse(parser) ?? ZeroAttr.Parse(parser);

    /// <summary>Folded constants become <c>llvm.mlir.zero</c> for <see cref="ZeroAttr"/> and
    /// <c>llvm.mlir.constant</c> for integer, float and elements values the type can hold; null otherwise.</summary>
    public override Operation? MaterializeConstant(OpBuilder builder, Attribute value, Type type,
        Core.IR.Attributes.LocationAttr location)
    {
        if (value is ZeroAttr)
            return ZeroOp.Create(builder, location, type);
        if (value is Core.IR.Attributes.IntegerAttr { Type: var it } && it == type
            || value is Core.IR.Attributes.FloatAttr { Type: var ft } && ft == type
            || value is Core.IR.Attributes.DenseIntOrFPElementsAttr d && d.Type == type)
            return ConstantOp.Create(builder, location, type, value);
        return null;
    }
}
