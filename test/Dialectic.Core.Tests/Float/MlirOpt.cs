using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using Dialectic.Core.IR.Types;
using Dialectic.Tests.Shared;

namespace Dialectic.Core.Tests.Float;

/// <summary>
/// Runs <c>mlir-opt-22</c> on generated input for the float differential tests and extracts the printed attribute
/// values. The attribute dictionary is printed sorted by name, so callers use fixed-width names (<c>v0000</c>...).
/// </summary>
internal static partial class MlirOpt
{
    public const string ToolName = "mlir-opt-22";

    /// <summary>The MLIR keyword of each float kind.</summary>
    public static string Keyword(FloatKind kind) => kind switch
    {
        FloatKind.F16 => "f16",
        FloatKind.BF16 => "bf16",
        FloatKind.F32 => "f32",
        FloatKind.F64 => "f64",
        FloatKind.F80 => "f80",
        FloatKind.F128 => "f128",
        FloatKind.TF32 => "tf32",
        FloatKind.F4E2M1FN => "f4E2M1FN",
        FloatKind.F6E2M3FN => "f6E2M3FN",
        FloatKind.F6E3M2FN => "f6E3M2FN",
        FloatKind.F8E5M2 => "f8E5M2",
        FloatKind.F8E4M3 => "f8E4M3",
        FloatKind.F8E4M3FN => "f8E4M3FN",
        FloatKind.F8E5M2FNUZ => "f8E5M2FNUZ",
        FloatKind.F8E4M3FNUZ => "f8E4M3FNUZ",
        FloatKind.F8E4M3B11FNUZ => "f8E4M3B11FNUZ",
        FloatKind.F8E3M4 => "f8E3M4",
        FloatKind.F8E8M0FNU => "f8E8M0FNU",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>The attribute name of the i-th value; fixed width keeps printed order equal to index order.</summary>
    public static string Name(int index) => "v" + index.ToString("D5", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// Prints one generic op per list, each carrying that list's literals typed <paramref name="kinds"/>[i], and
    /// returns, per op, the printed literal text of each attribute in index order.
    /// </summary>
    public static List<List<string>> RoundTrip(IReadOnlyList<FloatKind> kinds, IReadOnlyList<IReadOnlyList<string>> literals)
    {
        var input = new System.Text.StringBuilder();
        for (int k = 0; k < kinds.Count; k++)
        {
            input.Append("\"t.").Append(Keyword(kinds[k])).Append("\"() {");
            for (int i = 0; i < literals[k].Count; i++)
            {
                input.Append(i == 0 ? "" : ", ").Append(Name(i)).Append(" = ").Append(literals[k][i]).Append(" : ").Append(Keyword(kinds[k]));
            }

            input.Append("} : () -> ()\n");
        }

        ToolResult result = ToolProcess.RunOnText(
            ToolName, ["--allow-unregistered-dialect", "--mlir-print-op-generic"], input.ToString());
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"{ToolName} failed ({result.ExitCode}): {result.Stderr}");
        }

        return ParseOutput(result.Stdout, kinds.Count);
    }

    private static List<List<string>> ParseOutput(string stdout, int ops)
    {
        var result = new List<List<string>>();
        foreach (string line in stdout.Split('\n'))
        {
            if (!line.TrimStart().StartsWith("\"t.", StringComparison.Ordinal))
            {
                continue;
            }

            var values = new List<string>();
            foreach (Match m in AttributePattern().Matches(line))
            {
                values.Add(m.Groups[2].Value);
            }

            result.Add(values);
        }

        if (result.Count != ops)
        {
            throw new InvalidOperationException($"expected {ops} ops in output, got {result.Count}:\n{stdout}");
        }

        return result;
    }

    [GeneratedRegex(@"(v\d+) = ([^ ,}]+) : ")]
    private static partial Regex AttributePattern();
}
