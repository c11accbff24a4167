using System;
using System.Threading;

namespace Dialectic.Tools.Run;

/// <summary>
/// The process-wide MLIR-to-LLVM-IR translator used by <see cref="RunMain"/> when none is passed explicitly.
/// The translation library registers itself here with one call, e.g.
/// <c>MlirToLlvmTranslation.Register(new LlvmIrTranslator())</c>, before dialectic-run's first run.
/// </summary>
public static class MlirToLlvmTranslation
{
    private static IMlirToLlvmTranslator? _registered;

    /// <summary>The registered translator, or null while none is (MLIR input is then refused).</summary>
    public static IMlirToLlvmTranslator? Registered => Volatile.Read(ref _registered);

    /// <summary>Makes <paramref name="translator"/> the default translator (replacing any earlier one).</summary>
    public static void Register(IMlirToLlvmTranslator translator)
    {
        ArgumentNullException.ThrowIfNull(translator);
        Volatile.Write(ref _registered, translator);
    }
}
