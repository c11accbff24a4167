namespace Dialectic.Core.Pass.TestPasses;

/// <summary>Registers the pass manager's test passes (mlir-opt has them too, under the same names).</summary>
public static class TestPassRegistration
{
    public static void RegisterAll(PassRegistry registry)
    {
        registry.RegisterPass<TestModulePass>();
        registry.RegisterPass<TestFunctionPass>();
        registry.RegisterPass<TestFailurePass>();
        registry.RegisterPass<TestCrashPass>();
        registry.RegisterPass<TestStatisticPass>();
        registry.RegisterPass<TestOptionsPass>();
        registry.RegisterPass<TestConstantFoldPass>();
        registry.RegisterPass<TestInvalidIRPass>();
        registry.RegisterPass<TestPrintCallGraphPass>();
    }
}
