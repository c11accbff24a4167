using Dialectic.Core.Pass;
using Dialectic.Passes.Transforms;

namespace Dialectic.Passes;

/// <summary>Registers every pass of this project (tools call this once at startup).</summary>
public static class PassRegistration
{
    public static void RegisterAll(PassRegistry registry)
    {
        registry.RegisterPass<Canonicalizer>();
        registry.RegisterPass<CSE>();
        registry.RegisterPass<Inliner>();
        registry.RegisterPass<SCCP>();
        registry.RegisterPass<SymbolDCE>();
        registry.RegisterPass<SymbolPrivatize>();
        registry.RegisterPass<LoopInvariantCodeMotion>();
        registry.RegisterPass<ControlFlowSink>();
        registry.RegisterPass<Conversion.ReconcileUnrealizedCastsPass>();
        registry.RegisterPass<RemoveDeadValues>();
        registry.RegisterPass<Conversion.ArithToLlvm.ArithToLlvmPass>();
        registry.RegisterPass<Conversion.ArithToLlvm.ArithExpandPass>();
        registry.RegisterPass<Conversion.IndexToLlvm.IndexToLlvmPass>();
        registry.RegisterPass<Conversion.MathToLlvm.MathToLlvmPass>();
        registry.RegisterPass<Conversion.MathToLibm.MathToLibmPass>();
        registry.RegisterPass<Conversion.ScfToControlFlow.ScfToControlFlowPass>();
        registry.RegisterPass<Conversion.ControlFlowToLlvm.ControlFlowToLlvmPass>();
        registry.RegisterPass<Conversion.ConvertToLlvm.ConvertToLlvmPass>();
        registry.RegisterPass<Conversion.FuncToLlvm.ConvertFuncToLlvmPass>();
        registry.RegisterPass<Conversion.MemRefToLlvm.FinalizeMemRefToLlvmPass>();
        Conversion.ConvertToLlvm.LowerToLlvmPipeline.Register(registry);
    }
}
