using System.IO;
using Dialectic.Core.IR;

namespace Dialectic.Core.Pass;

/// <summary>The settings of one <see cref="PassManager.Run"/>, shared by every pass and nested pipeline.</summary>
internal sealed class PassRunContext
{
    public PassRunContext(Context context, PassInstrumentor? instrumentor, bool verifyPasses, bool multithreading,
        int degreeOfParallelism, bool attachOpNotes, TextWriter output)
    {
        Context = context;
        Instrumentor = instrumentor;
        VerifyPasses = verifyPasses;
        Multithreading = multithreading;
        DegreeOfParallelism = degreeOfParallelism;
        AttachOpNotes = attachOpNotes;
        Output = output;
    }

    public Context Context { get; }
    public PassInstrumentor? Instrumentor { get; }
    public bool VerifyPasses { get; }
    public bool Multithreading { get; }
    public int DegreeOfParallelism { get; }
    public bool AttachOpNotes { get; }

    /// <summary>The manager's output, wrapped so text written on workers keeps IR order.</summary>
    public TextWriter Output { get; }
}
