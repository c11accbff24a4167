using Dialectic.Core.IR;
using Dialectic.Core.Support;

namespace Dialectic.Dialects.Llvm;

/// <summary><c>#llvm.zero</c>: the folded value of <c>llvm.mlir.zero</c> (the null pointer, zeroinitializer);
/// materialized back as that op.</summary>
public sealed class ZeroAttr : DialectAttribute
{
    private ZeroAttr(Context context) : base(context) { }

    public static ZeroAttr Get(Context context) => context.Uniquer.Get(new ZeroAttr(context));

    public override string DialectNamespace => "llvm";

    public override string Body => "zero";

    internal static ZeroAttr? Parse(Core.Syntax.DialectAsmParser parser) =>
        parser.Body == "zero" ? Get(parser.Context) : null;

    protected override int KeyHash() => 0x2e20;

    protected override bool KeyEquals(Uniqued other) => other is ZeroAttr;
}
