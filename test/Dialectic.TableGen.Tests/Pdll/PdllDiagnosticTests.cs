using System.Linq;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Dialectic.TableGen.Tests.Pdll;

/// <summary>Every PDLL diagnostic (DIA1xxx), each located in the <c>.pdll</c> file (or at the C# declaration
/// for a class or attribute problem).</summary>
public sealed class PdllDiagnosticTests
{
    private const string Natives = """
        Constraint IsZero(value: Attr);
        Constraint HasTag(op: Op<smp.add>);
        Constraint IsUnused(value: Value);
        Rewrite Negate(value: Attr) -> Attr;
        Rewrite TypeOf(value: Value) -> Type;

        """;

    /// <summary>Compiles <paramref name="pdll"/> (after the sample's native declarations unless
    /// <paramref name="withNatives"/> is false) against the sample ops; asserts exactly one diagnostic,
    /// <paramref name="id"/>, located in the .pdll file on text containing <paramref name="at"/>.</summary>
    private static Diagnostic AssertDiagnostic(string pdll, string id, string at, string? messagePart = null, bool withNatives = true)
    {
        string text = (withNatives ? Natives : "") + pdll;
        var (result, _, _) = PdllHarness.Run(text, PdllHarness.Input("SampleOps.cs.txt"));
        var diagnostic = Assert.Single(PdllHarness.PdllDiagnostics(result));
        Assert.Equal(id, diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal(PdllHarness.PdllPath, diagnostic.Location.GetLineSpan().Path);
        var span = diagnostic.Location.SourceSpan;
        Assert.Contains(at, text.Substring(span.Start, span.Length));
        if (messagePart != null)
            Assert.Contains(messagePart, diagnostic.GetMessage());
        return diagnostic;
    }

    [Fact]
    public void SyntaxErrorIsLocatedAtTheOffendingToken()
    {
        var d = AssertDiagnostic("Pattern P {\n  let = op<smp.neg>;\n}\n", "DIA1001", "=", "missing IDENT at '='", withNatives: false);
        // Line 2, column 7 (0-based 1 and 6), as the compiler shows it: Patterns.pdll(2,7).
        var position = d.Location.GetLineSpan().StartLinePosition;
        Assert.Equal((1, 6), (position.Line, position.Character));
    }

    [Fact]
    public void LexerErrorIsLocated() =>
        AssertDiagnostic("Pattern P => erase op<smp.neg>#;\n", "DIA1001", "#", "token recognition error", withNatives: false);

    [Fact]
    public void DeepNestingIsAnErrorNotAStackOverflow() =>
        AssertDiagnostic("Pattern P => replace op<smp.neg>(x: Value) with " + new string('(', 100000) + "x" + new string(')', 100000) + ";\n",
            "DIA1001", "(", "nested more than 256 deep", withNatives: false);

    [Fact]
    public void NestingUpToTheLimitCompiles()
    {
        string pdll = "Pattern P => replace op<smp.neg>(x: Value) with " + new string('(', 250) + "x" + new string(')', 250) + ";\n";
        var (result, _, errors) = PdllHarness.Run(pdll, PdllHarness.Input("SampleOps.cs.txt"));
        Assert.Empty(PdllHarness.PdllDiagnostics(result));
        Assert.Empty(errors);
    }

    [Fact]
    public void UnknownOpOfAKnownDialect() =>
        AssertDiagnostic("Pattern P => erase op<smp.mul>;\n", "DIA1002", "smp.mul", "unknown op 'smp.mul'");

    [Fact]
    public void UnknownVariable() =>
        AssertDiagnostic("Pattern P => replace op<smp.neg>(x: Value) with y;\n", "DIA1003", "y", "undefined reference to 'y'");

    [Fact]
    public void UnknownNative() =>
        AssertDiagnostic("Pattern P {\n  let root = op<smp.neg>(x: Value);\n  IsOne(x);\n  erase root;\n}\n", "DIA1004", "IsOne", "constraint 'IsOne'");

    [Fact]
    public void WrongNumberOfArguments() =>
        AssertDiagnostic("Pattern P {\n  let root = op<smp.neg>(x: Value);\n  IsUnused(x, x);\n  erase root;\n}\n", "DIA1005", "IsUnused(x, x)", "expects 1 arguments, but got 2");

    [Fact]
    public void WrongNumberOfOperands() =>
        AssertDiagnostic("Pattern P => erase op<smp.add>(_);\n", "DIA1005", "op<smp.add>(_)", "has 2 operands, but the pattern gives 1");

    [Fact]
    public void NativeWithoutImplementation() =>
        AssertDiagnostic("Constraint IsOdd(value: Attr);\nPattern P => erase op<smp.constant> {value = _: IsOdd};\n", "DIA1006", "IsOdd",
            "declare 'static bool IsOdd(Attribute value)'");

    [Fact]
    public void NativeWithWrongSignature() =>
        AssertDiagnostic("Constraint IsZero(value: Value);\nPattern P => erase op<smp.neg>(_: IsZero);\n", "DIA1006", "IsZero",
            "declare 'static bool IsZero(Value value)'", withNatives: false);

    [Fact]
    public void FileNotFound()
    {
        var (result, _, _) = PdllHarness.Run("", PdllHarness.Input("SampleOps.cs.txt").Replace("[PdllPatterns(\"Patterns.pdll\")]", "[PdllPatterns(\"Missing.pdll\")]"));
        var d = Assert.Single(PdllHarness.PdllDiagnostics(result));
        Assert.Equal("DIA1007", d.Id);
        Assert.Equal("Input0.cs", d.Location.GetLineSpan().Path);
        Assert.Contains("'Missing.pdll' is not among the project's AdditionalFiles", d.GetMessage());
    }

    [Fact]
    public void ClassMustBePartial()
    {
        var (result, _, _) = PdllHarness.Run("", PdllHarness.Input("SampleOps.cs.txt").Replace("public static partial class SamplePatterns", "public static class SamplePatterns"));
        var d = Assert.Single(PdllHarness.PdllDiagnostics(result));
        Assert.Equal("DIA1008", d.Id);
        Assert.Contains("must be declared 'partial'", d.GetMessage());
    }

    [Fact]
    public void PatternMustEndWithARewrite() =>
        AssertDiagnostic("Pattern P {\n  let root = op<smp.neg>(x: Value);\n}\n", "DIA1009", "P", "'erase', 'replace' or 'rewrite'");

    [Fact]
    public void BadMetadata() =>
        AssertDiagnostic("Pattern P with cost(2) => erase op<smp.neg>;\n", "DIA1009", "cost(2)", "unknown pattern metadata");

    [Fact]
    public void KindMismatch() =>
        AssertDiagnostic("Pattern P => replace op<smp.neg>(a: Attr) with a;\n", "DIA1010", "a", "expected a Value, ValueRange or Op as an operand, but got Attr");

    [Fact]
    public void UnboundVariable() =>
        AssertDiagnostic("Pattern P {\n  let x: Value;\n  replace op<smp.neg>(y: Value) with y;\n}\n", "DIA1011", "x", "'x' is not bound by the match");

    [Fact]
    public void OpNotConnectedToTheRoot() =>
        AssertDiagnostic("Pattern P {\n  let other = op<smp.neg>;\n  replace op<smp.neg>(y: Value) with y;\n}\n", "DIA1011", "other", "not connected to the root");

    [Fact]
    public void ResultTypesCannotBeInferred() =>
        AssertDiagnostic("Pattern P {\n  let root = op<smp.neg>(x: Value);\n  rewrite root with {\n    op<ext.use>(x);\n    erase root;\n  };\n}\n",
            "DIA1012", "op<ext.use>(x)", "cannot infer the result types of 'ext.use'");

    [Fact]
    public void NativeCodeBlocksAreNotSupported() =>
        AssertDiagnostic("Constraint IsZero(value: Attr) [{ return success(); }];\nPattern P => erase op<smp.neg>;\n", "DIA1013", "IsZero",
            "has a native code block", withNatives: false);

    [Fact]
    public void DuplicatePattern() =>
        AssertDiagnostic("Pattern P => erase op<smp.neg>;\nPattern P => erase op<smp.add>;\n", "DIA1014", "P", "pattern 'P' is already defined");

    [Fact]
    public void DuplicateVariable() =>
        AssertDiagnostic("Pattern P => replace op<smp.add>(x: Value, x: Value) with x;\n", "DIA1014", "x", "redefinition of variable 'x'");

    [Fact]
    public void SeveralErrorsAreAllReported()
    {
        var (result, _, _) = PdllHarness.Run(Natives + "Pattern A => erase op<smp.mul>;\nPattern B => replace op<smp.neg>(x: Value) with y;\n",
            PdllHarness.Input("SampleOps.cs.txt"));
        Assert.Equal(["DIA1002", "DIA1003"], PdllHarness.PdllDiagnostics(result).Select(d => d.Id).OrderBy(id => id).ToArray());
    }

    [Fact]
    public void EveryDescriptorIsTestedAndDocumented()
    {
        string root = System.IO.Path.Combine(GeneratorHarness.SourceDirectory(), "..", "..", "..");
        string descriptors = System.IO.File.ReadAllText(System.IO.Path.Combine(root, "TableGen", "Dialectic.TableGen", "Pdll", "PdllDiagnostics.cs"));
        string readme = System.IO.File.ReadAllText(System.IO.Path.Combine(root, "TableGen", "README.md"));
        string tests = System.IO.File.ReadAllText(System.IO.Path.Combine(GeneratorHarness.SourceDirectory(), "PdllDiagnosticTests.cs"));
        var ids = System.Text.RegularExpressions.Regex.Matches(descriptors, @"DIA1\d{3}").Select(m => m.Value).Distinct().ToList();
        Assert.Equal(14, ids.Count);
        foreach (var id in ids)
        {
            Assert.Contains("\"" + id + "\"", tests);
            Assert.Contains("| " + id + " |", readme);
        }
    }
}
