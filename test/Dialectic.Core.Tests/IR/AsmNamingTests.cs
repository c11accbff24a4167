using Dialectic.Core.IR;
using Dialectic.Core.Support;
using Dialectic.Core.Syntax;
using Xunit;

namespace Dialectic.Core.Tests.IR;

/// <summary>Custom-form value names from ops' naming hooks: sanitizing, uniquing and result groups.</summary>
public sealed class AsmNamingTests
{
    /// <summary>A dialect whose ops name their results, as arith.constant does (<c>%c0</c>, <c>%cst</c>).</summary>
    private sealed class NamingDialect(Context context) : Dialect(context, "nm")
    {
        protected override void Initialize()
        {
            AddOperation(new OperationInfo("nm.const")
            {
                GetAsmResultNames = static (op, set) => set(op.GetResult(0), "c0"),
            });
            AddOperation(new OperationInfo("nm.digit")
            {
                GetAsmResultNames = static (op, set) => set(op.GetResult(0), "1 x"),
            });
            AddOperation(new OperationInfo("nm.pair")
            {
                GetAsmResultNames = static (op, set) =>
                {
                    set(op.GetResult(0), "lo");
                    set(op.GetResult(2), "hi");
                },
            });
            AddOperation(new OperationInfo("nm.region"));
        }
    }

    private static string Print(string source, bool generic)
    {
        var ctx = new Context { AllowUnregisteredDialects = true };
        ctx.RegisterDialect(new NamingDialect(ctx));
        var block = SourceParser.ParseSource(ctx, source, new ParserOptions { FileName = "t.mlir" });
        Assert.NotNull(block);
        var op = block!.FirstOp!;
        op.Remove();
        var sw = new System.IO.StringWriter();
        BigStack.Run(() =>
        {
            AsmPrinter.PrintTopLevel(op, sw, new PrintingFlags { PrintGenericOpForm = generic });
            return 0;
        });
        return sw.ToString();
    }

    private const string Source = """
        "builtin.module"() ({
          %0 = "nm.const"() : () -> i32
          %1 = "nm.const"() : () -> i32
          %2 = "nm.digit"() : () -> i32
          %3:4 = "nm.pair"() : () -> (i32, i32, i32, i32)
          "t.use"(%0, %1, %2, %3#0, %3#1, %3#2, %3#3) : (i32, i32, i32, i32, i32, i32, i32) -> ()
          "nm.region"() ({
            %4 = "nm.const"() : () -> i32
            "t.use"(%4) : (i32) -> ()
          }) : () -> ()
        }) : () -> ()
        """;

    [Fact]
    public void CustomFormUsesUniquedSanitizedNamesAndResultGroups()
    {
        string text = Print(Source, generic: false);
        Assert.Contains("%c0 = \"nm.const\"()", text);
        Assert.Contains("%c0_0 = \"nm.const\"()", text);
        Assert.Contains("%_1_x = \"nm.digit\"()", text);
        Assert.Contains("%lo:2, %hi:2 = \"nm.pair\"()", text);
        Assert.Contains("\"t.use\"(%c0, %c0_0, %_1_x, %lo#0, %lo#1, %hi#0, %hi#1)", text);
        // A nested region sees the enclosing names, so its constant gets the next free suffix.
        Assert.Contains("%c0_1 = \"nm.const\"()", text);
    }

    [Fact]
    public void GenericFormIgnoresNamingHooks()
    {
        string text = Print(Source, generic: true);
        Assert.Contains("%0 = \"nm.const\"()", text);
        Assert.Contains("%3:4 = \"nm.pair\"()", text);
        Assert.Contains("\"t.use\"(%0, %1, %2, %3#0, %3#1, %3#2, %3#3)", text);
    }
}
