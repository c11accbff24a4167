using Dialectic.Core.Pass;
using Dialectic.Core.Pass.TestPasses;
using Xunit;

namespace Dialectic.Core.Tests.Pass;

/// <summary>
/// Textual pipelines: parsing, printing back, the pretty dump, and errors. Expected texts were checked against
/// mlir-opt-22 (<c>--dump-pass-pipeline --pass-pipeline=...</c>, and the error messages of invalid pipelines).
/// </summary>
public sealed class PipelineParsingTests
{
    private static PassRegistry Registry()
    {
        var registry = new PassRegistry();
        TestPassRegistration.RegisterAll(registry);
        registry.RegisterPipeline("test-nested-pipeline", "a nested pipeline", pm =>
        {
            pm.AddPass(new TestModulePass());
            pm.Nest("func.func").AddPass(new TestFunctionPass());
        });
        return registry;
    }

    private static OpPassManager Parse(string text)
    {
        Assert.True(Registry().TryParsePipeline(text, out var pm, out string? error), error);
        return pm!;
    }

    private static string Error(string text)
    {
        Assert.False(Registry().TryParsePipeline(text, out _, out string? error));
        return error!;
    }

    [Theory]
    [InlineData("builtin.module(func.func(test-function-pass),test-module-pass)")]
    [InlineData("builtin.module(func.func(test-options-pass{enum=one list={1,2} string=foo string-list={a,b}}))")]
    [InlineData("any(test-stats-pass)")]
    [InlineData("builtin.module()")]
    [InlineData("builtin.module(any(test-pass-failure{gen-diagnostics=true}),builtin.module(func.func(test-function-pass,test-stats-pass)))")]
    public void RoundTrips(string text)
    {
        var pm = Parse(text);
        Assert.Equal(text, pm.ToString());
        Assert.Equal(text, Parse(pm.ToString()).ToString());
    }

    [Fact]
    public void SpacesAndDefaultsAreNormalized()
    {
        Assert.Equal("builtin.module(func.func(test-function-pass),test-module-pass)",
            Parse(" builtin.module ( func.func ( test-function-pass ) , test-module-pass ) ").ToString());
        Assert.Equal("builtin.module(test-pass-failure{gen-diagnostics=false})", Parse("builtin.module(test-pass-failure)").ToString());
    }

    [Fact]
    public void NamedPipelineExpands()
    {
        Assert.Equal("builtin.module(test-module-pass,func.func(test-function-pass))", Parse("builtin.module(test-nested-pipeline)").ToString());
    }

    [Fact]
    public void DumpMatchesMlirOpt()
    {
        var pm = Parse("builtin.module(func.func(test-function-pass),func.func(test-function-pass),any(test-stats-pass),builtin.module(func.func(test-function-pass,test-stats-pass)))");
        Assert.Equal("""
            Pass Manager with 4 passes:
            builtin.module(
              func.func(
                test-function-pass
              ),
              func.func(
                test-function-pass
              ),
              any(
                test-stats-pass
              ),
              builtin.module(
                func.func(
                  test-function-pass,
                  test-stats-pass
                )
              )
            )

            """.Replace("\r", ""), pm.Dump());
        Assert.Equal("Pass Manager with 0 passes:\nbuiltin.module(\n\n)\n", Parse("builtin.module()").Dump());
    }

    public static TheoryData<string, string> ParseErrorCases() => new()
    {
        { "cse", "expected pass pipeline to be wrapped with the anchor operation type, e.g. 'builtin.module(...)'" },
        { "builtin.module(cse", "expected pass pipeline to be wrapped with the anchor operation type, e.g. 'builtin.module(...)'" },
        { "(cse)", "expected pass pipeline to be wrapped with the anchor operation type, e.g. 'builtin.module(...)'" },
        { "builtin.module(test-module-pass))", "MLIR Textual PassPipeline Parser:1:17: error: encountered extra closing ')' creating unbalanced parentheses while parsing pipeline\ntest-module-pass)\n" + Caret(16) },
        { "builtin.module(func.func(test-function-pass),,test-module-pass)", "MLIR Textual PassPipeline Parser:1:31: error: '' does not refer to a registered pass or pass pipeline\nfunc.func(test-function-pass),,test-module-pass\n" + Caret(30) },
        { "builtin.module(func.func())", "MLIR Textual PassPipeline Parser:1:11: error: '' does not refer to a registered pass or pass pipeline\nfunc.func()\n" + Caret(10) },
        { "builtin.module(test-pass-failure{gen-diagnostics=1)", "MLIR Textual PassPipeline Parser:1:18: error: missing closing '}' while processing pass options\ntest-pass-failure{gen-diagnostics=1\n" + Caret(17) },
        { "builtin.module(func.func(test-function-pass)", "MLIR Textual PassPipeline Parser:1:11: error: encountered unbalanced parentheses while parsing pipeline\nfunc.func(test-function-pass\n" + Caret(10) },
        { "builtin.module(func.func(test-function-pass) test-module-pass)", "MLIR Textual PassPipeline Parser:1:31: error: expected ',' after parsing pipeline\nfunc.func(test-function-pass) test-module-pass\n" + Caret(30) },
        { "builtin.module(no-such-pass)", "MLIR Textual PassPipeline Parser:1:1: error: 'no-such-pass' does not refer to a registered pass or pass pipeline\nno-such-pass\n^\n" },
    };

    private static string Caret(int column) => new string(' ', column) + "^\n";

    [Theory]
    [MemberData(nameof(ParseErrorCases))]
    public void ParseErrors(string text, string expected) => Assert.Equal(expected, Error(text));

    [Fact]
    public void OptionAndNestingErrors()
    {
        Assert.Equal("<Pass-Options-Parser>: no such option foo\n\nfailed to add `test-module-pass` with options `foo=1`\n",
            Error("builtin.module(test-module-pass{foo=1})"));
        Assert.Equal("for the --list option: 'a' value invalid for integer argument!\nfailed to add `test-options-pass` with options `list=a`\n"
            + "failed to add `func.func` with options `` to inner pipeline\n",
            Error("builtin.module(func.func(test-options-pass{list=a}))"));
        Assert.Equal("Can't add pass '(anonymous namespace)::TestOptionsPass' restricted to 'func.func' on a PassManager intended to run on 'builtin.module', did you intend to nest?\n"
            + "failed to add `test-options-pass` with options ``\n",
            Error("builtin.module(test-options-pass)"));
    }

    [Fact]
    public void ImplicitNestingForAddedPasses()
    {
        var pm = new OpPassManager("builtin.module", PassNesting.Implicit);
        pm.AddPass(new TestFunctionPass());
        pm.AddPass(new TestModulePass());
        Assert.Equal("builtin.module(func.func(test-function-pass),test-module-pass)", pm.ToString());
        var explicitPm = new OpPassManager("builtin.module");
        var e = Assert.Throws<System.InvalidOperationException>(() => explicitPm.AddPass(new TestFunctionPass()));
        Assert.Equal("Can't add pass '(anonymous namespace)::TestFunctionPass' restricted to 'func.func' on a PassManager intended to run on 'builtin.module', did you intend to nest?", e.Message);
        // An op-agnostic manager takes any pass.
        var any = new OpPassManager();
        any.AddPass(new TestFunctionPass());
        Assert.Equal("any(test-function-pass)", any.ToString());
    }

    [Fact]
    public void AddNestedPass()
    {
        var pm = new OpPassManager("builtin.module");
        pm.AddNestedPass<TestFunctionPass>("func.func");
        pm.AddNestedPass("func.func", new TestOptionsPass());
        Assert.Equal("builtin.module(func.func(test-function-pass),func.func(test-options-pass{enum=zero  string= }))", pm.ToString());
    }

    [Fact]
    public void RegistryRejectsAConflictingRegistration()
    {
        var registry = new PassRegistry();
        registry.RegisterPass<TestModulePass>();
        registry.RegisterPass<TestModulePass>();
        Assert.Throws<System.InvalidOperationException>(() => registry.RegisterPass(() => new ConflictingPass()));
        Assert.Single(registry.Passes);
        Assert.Throws<System.ArgumentException>(() => registry.RegisterPass(() => new NoArgumentPass()));
    }

    private sealed class ConflictingPass : Core.Pass.Pass
    {
        public override string Argument => "test-module-pass";
        protected override void RunOnOperation() { }
    }

    private sealed class NoArgumentPass : Core.Pass.Pass
    {
        public override string Argument => "";
        protected override void RunOnOperation() { }
    }
}
