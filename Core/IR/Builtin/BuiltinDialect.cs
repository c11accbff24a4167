namespace Dialectic.Core.IR.Builtin;

/// <summary>The <c>builtin</c> dialect: <c>module</c>, <c>unrealized_conversion_cast</c>, and all builtin types.</summary>
public sealed class BuiltinDialect : Dialect
{
    public BuiltinDialect(Context context) : base(context, "builtin") { }

    protected override void Initialize()
    {
        AddOperation(ModuleOp.Info);
        AddOperation(UnrealizedConversionCastOp.Info);
    }
}
