using System.Linq;
using Xunit;

namespace Dialectic.TableGen.Tests;

/// <summary>Every generator diagnostic, each reported at the offending declaration.</summary>
public sealed class DiagnosticTests
{
    private const string Usings = """
        using System;
        using System.Collections.Generic;
        using Dialectic.Core.IR;
        using Dialectic.Core.IR.Attributes;
        using Dialectic.Core.IR.Declarations;
        namespace N;

        """;

    /// <summary>Runs the generator over <paramref name="body"/>; asserts exactly one diagnostic,
    /// <paramref name="id"/>, located on text containing <paramref name="at"/>.</summary>
    private static void AssertDiagnostic(string body, string id, string at, string? messagePart = null)
    {
        string source = Usings + body;
        var (result, _) = GeneratorHarness.Run(source);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(id, diagnostic.Id);
        // Generator diagnostics carry file locations (no syntax tree is kept in the model).
        Assert.Equal("Input0.cs", diagnostic.Location.GetLineSpan().Path);
        var span = diagnostic.Location.SourceSpan;
        string located = source.Substring(span.Start, span.Length);
        Assert.Contains(at, located);
        if (messagePart != null)
            Assert.Contains(messagePart, diagnostic.GetMessage());
    }

    [Fact]
    public void NotPartial() => AssertDiagnostic("""
        [Op("t", "a")] public sealed class AOp : Operation { }
        """, "DIA0001", "AOp");

    [Fact]
    public void NotSealed() => AssertDiagnostic("""
        [Op("t", "a")] public partial class AOp : Operation { }
        """, "DIA0002", "AOp");

    [Fact]
    public void NotOperation() => AssertDiagnostic("""
        [Op("t", "a")] public sealed partial class AOp { }
        """, "DIA0003", "AOp");

    [Theory]
    [InlineData("\"1t\", \"a\"", "dialect name")]
    [InlineData("\"t\", \"a-b\"", "op mnemonic")]
    [InlineData("\"t\", \"\"", "op mnemonic")]
    public void BadName(string args, string what) => AssertDiagnostic($$"""
        [Op({{args}})] public sealed partial class AOp : Operation { }
        """, "DIA0004", "Op(", what);

    [Fact]
    public void DuplicateName() => AssertDiagnostic("""
        [Op("t", "a")] public sealed partial class AOp : Operation
        {
            [Operand] public partial Value Lhs { get; }
            [Operand(Name = "lhs")] public partial Value Other { get; }
        }
        """, "DIA0005", "Other");

    [Fact]
    public void NotPartialProperty() => AssertDiagnostic("""
        [Op("t", "a")] public sealed partial class AOp : Operation
        {
            [Operand] public Value Lhs => GetOperand(0);
        }
        """, "DIA0006", "Lhs");

    [Theory]
    [InlineData("[Operand] public partial int X { get; }")]
    [InlineData("[Result] public partial ReadOnlySpan<OpOperand> X { get; }")]
    [InlineData("[Property] public partial string X { get; }")]
    [InlineData("[Region] public partial Block X { get; }")]
    [InlineData("[Successor] public partial List<Block> X { get; }")]
    public void BadPropertyType(string member) => AssertDiagnostic($$"""
        [Op("t", "a")] public sealed partial class AOp : Operation
        {
            {{member}}
        }
        """, "DIA0007", "X");

    [Fact]
    public void UnknownConstraint() => AssertDiagnostic("""
        [Op("t", "a")] public sealed partial class AOp : Operation
        {
            [Operand(Constraint = (TypeConstraint)999)] public partial Value X { get; }
        }
        """, "DIA0008", "X", "999");

    [Fact]
    public void BadConstraintMethod() => AssertDiagnostic("""
        [Op("t", "a")] public sealed partial class AOp : Operation
        {
            [Operand(ConstraintMethod = "IsSmall", ConstraintSummary = "small")] public partial Value X { get; }
            private static bool IsSmall(int t) => true;
        }
        """, "DIA0009", "X", "IsSmall");

    [Theory]
    [InlineData("$x attr-dict", "type of operand #0, named 'x', is not buildable")]
    [InlineData("type($x) attr-dict", "operand #0, named 'x', not found")]
    [InlineData("$x `:` type($x)", "'attr-dict' directive not found")]
    [InlineData("$x attr-dict attr-dict `:` type($x)", "'attr-dict' directive has already been seen")]
    [InlineData("$y attr-dict", "expected variable to refer to an argument, region, result, or successor, but got '$y'")]
    [InlineData("$x `{` attr-dict `:` type($x)", "expected valid literal but got '{'")]
    [InlineData("(`,` $x)? attr-dict `:` type($x)", "optional group has no anchor element")]
    [InlineData("($x^)? attr-dict `:` type($x)", "only variables and types can be used to anchor an optional group")]
    [InlineData("$x attr-dict `:` type($x) bogus", "expected directive, literal, variable, or optional group, but got 'bogus'")]
    [InlineData("$x attr-dict `:` type($x) `", "expected '`' to end the literal")]
    public void BadFormat(string format, string message) => AssertDiagnostic($$"""
        [Op("t", "a")]
        [AssemblyFormat("{{format}}")]
        public sealed partial class AOp : Operation
        {
            [Operand] public partial Value X { get; }
        }
        """, "DIA0010", "AssemblyFormat", message);

    [Fact]
    public void GroupLedByNonEnumAttributeIsReported() => AssertDiagnostic("""
        [Op("t", "a")]
        [AssemblyFormat("($value^)? attr-dict")]
        public sealed partial class AOp : Operation
        {
            [Property] public partial IntegerAttr? Value { get; }
        }
        """, "DIA0010", "AssemblyFormat", "may start with an attribute only when it is an enum");

    [Fact]
    public void AmbiguousSegments() => AssertDiagnostic("""
        [Op("t", "a")] public sealed partial class AOp : Operation
        {
            [Operand] public partial ReadOnlySpan<OpOperand> X { get; }
            [Operand] public partial Value? Y { get; }
        }
        """, "DIA0011", "AOp", "AttrSizedOperandSegments");

    [Fact]
    public void NestedOrGeneric() => AssertDiagnostic("""
        public static class Outer
        {
            [Op("t", "a")] public sealed partial class AOp : Operation { }
        }
        """, "DIA0012", "AOp");

    [Fact]
    public void DuplicateOp() => AssertDiagnostic("""
        [Op("t", "a")] public sealed partial class AOp : Operation { }
        [Op("t", "a")] public sealed partial class BOp : Operation { }
        """, "DIA0013", "BOp", "'t.a'");

    [Fact]
    public void ConstraintSummaryMissing() => AssertDiagnostic("""
        [Op("t", "a")] public sealed partial class AOp : Operation
        {
            [Operand(ConstraintMethod = "IsSmall")] public partial Value X { get; }
            private static bool IsSmall(Dialectic.Core.IR.Type t) => true;
        }
        """, "DIA0014", "X");

    [Fact]
    public void UnknownMatchName() => AssertDiagnostic("""
        [Op("t", "a")]
        [AllTypesMatch("x", "nope")]
        public sealed partial class AOp : Operation
        {
            [Operand] public partial Value X { get; }
        }
        """, "DIA0015", "AOp", "'nope'");

    [Theory]
    [InlineData("public void GetEffects(IList<Dialectic.Core.Interfaces.MemoryEffectInstance> effects) { }", "GetEffects")]
    [InlineData("public bool GetSpeculatability() => true;", "GetSpeculatability")]
    [InlineData("public Dialectic.Core.Interfaces.SuccessorOperands GetSuccessorOperands(long index) => null!;", "GetSuccessorOperands")]
    [InlineData("public void GetCanonicalizationPatterns(Dialectic.Core.Rewrite.RewritePatternSet p, Context c) { }", "GetCanonicalizationPatterns")]
    [InlineData("public static bool Canonicalize(Operation op, Dialectic.Core.Rewrite.PatternRewriter r) => false;", "Canonicalize")]
    public void BadHookSignature(string member, string name) => AssertDiagnostic($$"""
        [Op("t", "a")] public sealed partial class AOp : Operation
        {
            {{member}}
        }
        """, "DIA0016", name, "expected '");

    [Fact]
    public void UnresolvedHookTypesAreLeftToTheCompiler()
    {
        var (result, compileErrors) = GeneratorHarness.Run(Usings + """
            [Op("t", "a")] public sealed partial class AOp : Operation
            {
                public void GetEffects(List<NoSuchType> effects) { }
            }
            """);
        Assert.Empty(result.Diagnostics);
        Assert.Contains(compileErrors, d => d.Id == "CS0246");
    }

    [Fact]
    public void EveryDescriptorIsTested()
    {
        string tests = System.IO.File.ReadAllText(System.IO.Path.Combine(GeneratorHarness.SourceDirectory(), "DiagnosticTests.cs"));
        string releases = System.IO.File.ReadAllText(System.IO.Path.Combine(GeneratorHarness.SourceDirectory(),
            "..", "..", "TableGen", "Dialectic.TableGen", "AnalyzerReleases.Unshipped.md"));
        var ids = System.Text.RegularExpressions.Regex.Matches(releases, @"DIA00\d{2}").Select(m => m.Value).ToList();
        Assert.Equal(16, ids.Count);
        foreach (var id in ids)
            Assert.Contains("\"" + id + "\"", tests);
    }
}
