using Dialectic.Core.IR;

namespace Dialectic.Core.Pass.Instrumentation;

/// <summary>Feeds pass events to the <see cref="CrashReproducerGenerator"/> (MLIR's
/// <c>CrashReproducerInstrumentation</c>); adaptors are not tracked as running passes.</summary>
internal sealed class CrashReproducerInstrumentation : PassInstrumentation
{
    private readonly CrashReproducerGenerator _generator;

    public CrashReproducerInstrumentation(CrashReproducerGenerator generator) => _generator = generator;

    public override void RunBeforePass(Pass pass, Operation op)
    {
        if (!pass.IsAdaptor)
            _generator.BeforePass(pass, op);
    }

    public override void RunAfterPass(Pass pass, Operation op)
    {
        if (!pass.IsAdaptor)
            _generator.AfterPass(pass, op);
    }

    // Adaptors included, as in MLIR: a nested pipeline that failed without a failing pass (a scheduling error) is
    // reported at the op the adaptor ran on.
    public override void RunAfterPassFailed(Pass pass, Operation op) => _generator.PassFailed(pass, op);
}
