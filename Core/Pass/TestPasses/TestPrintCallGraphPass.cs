using Dialectic.Core.Pass.Analysis;

namespace Dialectic.Core.Pass.TestPasses;

/// <summary><c>-test-print-callgraph</c>: prints the <see cref="CallGraph"/> of the module as MLIR's test pass of the
/// same name does.</summary>
public sealed class TestPrintCallGraphPass : Pass
{
    public override string Argument => "test-print-callgraph";
    public override string Name => "(anonymous namespace)::TestCallGraphPass";
    public override string Description => "Print the contents of a constructed callgraph.";
    public override string? OpName => "builtin.module";

    protected override void RunOnOperation()
    {
        var name = Operation.GetAttr("test.name");
        Output.Write("Testing : " + (name == null ? "<<NULL ATTRIBUTE>>" : Syntax.AsmPrinter.AttributeToString(name)) + "\n");
        Output.Write(GetAnalysis<CallGraph>().Print());
        MarkAllAnalysesPreserved();
    }
}
