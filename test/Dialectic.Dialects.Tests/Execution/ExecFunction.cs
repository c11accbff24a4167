using System.Collections.Generic;
using System.Text;

namespace Dialectic.Dialects.Tests.Execution;

/// <summary>
/// The signature of a generated helper function: scalar parameters, an optional identity-layout memref
/// parameter of static shape, an i64 hash result and an optional extra scalar result. Float parameters and
/// results never exceed <see cref="ExecProgramGenerator.MemoryBound"/> in magnitude (callers and callees clamp).
/// </summary>
internal sealed class ExecFunction(string name, IReadOnlyList<ExecType> parameters, ExecType? memRefElement,
    int[]? memRefSizes, ExecType? extraResult)
{
    public string Name { get; } = name;

    public IReadOnlyList<ExecType> Parameters { get; } = parameters;

    public ExecType? MemRefElement { get; } = memRefElement;

    public int[]? MemRefSizes { get; } = memRefSizes;

    public ExecType? ExtraResult { get; } = extraResult;

    /// <summary>Estimated statements one call executes, callees and loop iterations included (set once the body
    /// is generated).</summary>
    public long Cost { get; set; } = 1;

    /// <summary>The memref parameter's type, or null.</summary>
    public string? MemRefType => MemRefElement == null || MemRefSizes == null
        ? null
        : new ExecMemRef("", MemRefElement, MemRefSizes, ExecMemRef.ContiguousStrides(MemRefSizes), 0, false, true,
            0).TypeText;

    /// <summary><c>(i32, memref&lt;4xf32&gt;)</c>.</summary>
    public string ParameterTypes()
    {
        var sb = new StringBuilder("(");
        for (int i = 0; i < Parameters.Count; i++)
            sb.Append(i > 0 ? ", " : "").Append(Parameters[i].Text);
        if (MemRefType is { } m)
            sb.Append(Parameters.Count > 0 ? ", " : "").Append(m);
        return sb.Append(')').ToString();
    }

    /// <summary><c>i64</c> or <c>(i64, f32)</c>.</summary>
    public string ResultTypes() => ExtraResult == null ? "i64" : "(i64, " + ExtraResult.Text + ")";
}
