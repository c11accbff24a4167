using System.Collections.Generic;
using Dialectic.Core.Diagnostics;
using Dialectic.Core.IR;
using Dialectic.Core.Syntax;
using Dialectic.Core.Verification;
using Xunit;

namespace Dialectic.Core.Tests.Verification;

/// <summary>Type-constraining op traits are verified with MLIR's messages (as for arith.addi, arith.cmpi).</summary>
public sealed class TraitVerifierTests
{
    private sealed class TraitDialect(Context context) : Dialect(context, "tr")
    {
        protected override void Initialize()
        {
            AddOperation(new OperationInfo("tr.same", OpTraits.SameOperandsAndResultType));
            AddOperation(new OperationInfo("tr.operands", OpTraits.SameTypeOperands));
            AddOperation(new OperationInfo("tr.element", OpTraits.SameOperandsAndResultElementType));
            AddOperation(new OperationInfo("tr.shape", OpTraits.SameOperandsAndResultShape));
        }
    }

    private static List<string> Verify(string body)
    {
        var ctx = new Context { AllowUnregisteredDialects = true };
        ctx.RegisterDialect(new TraitDialect(ctx));
        var errors = new List<string>();
        using var handler = ctx.Diagnostics.AddHandler(d =>
        {
            if (d.Severity == DiagnosticSeverity.Error)
                errors.Add(d.Message);
            return true;
        });
        var block = SourceParser.ParseSource(ctx, body, new ParserOptions { FileName = "t.mlir" });
        Assert.NotNull(block);
        var root = Operation.Create(ctx.UnknownLoc, "t.root", 1);
        var b = new Block();
        root.Regions[0].Append(b);
        while (block!.FirstOp is { } op)
        {
            op.Remove();
            b.Append(op);
        }
        Verifier.Verify(root, attachOpNotes: false);
        return errors;
    }

    private const string Defs = """
        %i32 = "t.x"() : () -> i32
        %i64 = "t.x"() : () -> i64
        %t2 = "t.x"() : () -> tensor<2xi32>
        %t3 = "t.x"() : () -> tensor<3xi32>
        %td = "t.x"() : () -> tensor<?xi32>
        %f2 = "t.x"() : () -> tensor<2xf32>

        """;

    [Theory]
    [InlineData("%0 = \"tr.same\"(%i32, %i32) : (i32, i32) -> i32", null)]
    [InlineData("%0 = \"tr.same\"(%i32, %i64) : (i32, i64) -> i32", "'tr.same' op requires the same type for all operands and results")]
    [InlineData("%0 = \"tr.same\"(%i32, %i32) : (i32, i32) -> i64", "'tr.same' op requires the same type for all operands and results")]
    [InlineData("%0 = \"tr.operands\"(%i32, %i32) : (i32, i32) -> i1", null)]
    [InlineData("%0 = \"tr.operands\"(%i32, %i64) : (i32, i64) -> i1", "'tr.operands' op requires all operands to have the same type")]
    [InlineData("%0 = \"tr.element\"(%t2, %i32) : (tensor<2xi32>, i32) -> tensor<3xi32>", null)]
    [InlineData("%0 = \"tr.element\"(%t2, %f2) : (tensor<2xi32>, tensor<2xf32>) -> tensor<2xi32>", "'tr.element' op requires the same element type for all operands and results")]
    [InlineData("%0 = \"tr.shape\"(%t2, %f2) : (tensor<2xi32>, tensor<2xf32>) -> tensor<?xi1>", null)]
    [InlineData("%0 = \"tr.shape\"(%td, %t3) : (tensor<?xi32>, tensor<3xi32>) -> tensor<3xi1>", null)]
    [InlineData("%0 = \"tr.shape\"(%t2, %t3) : (tensor<2xi32>, tensor<3xi32>) -> tensor<2xi1>", "'tr.shape' op requires the same shape for all operands and results")]
    [InlineData("%0 = \"tr.shape\"(%t2, %i32) : (tensor<2xi32>, i32) -> tensor<2xi32>", "'tr.shape' op requires the same shape for all operands and results")]
    public void TraitsAreVerified(string op, string? expected)
    {
        var errors = Verify(Defs + op);
        if (expected == null)
            Assert.Empty(errors);
        else
            Assert.Equal([expected], errors);
    }
}
