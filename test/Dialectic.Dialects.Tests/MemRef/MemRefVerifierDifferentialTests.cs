using System;
using System.Collections.Generic;
using System.Text;
using System.Text.RegularExpressions;
using Dialectic.Tests.Shared;
using Xunit;

namespace Dialectic.Dialects.Tests.MemRef;

/// <summary>
/// The strided-layout checks of the view ops against mlir-opt-22: generated subviews, casts, reshapes and
/// transposes over random shapes and layouts (static and dynamic sizes, strides and offsets), some valid and some
/// not, must get the same verdict and the same diagnostics (the inferred types inside the messages included).
/// </summary>
public sealed partial class MemRefVerifierDifferentialTests
{
    [GeneratedRegex(@"^[^:\n]*:(\d+):(\d+): (error|note): (.*)$", RegexOptions.Multiline)]
    private static partial Regex DiagnosticLine();

    private static string Diagnostics(string stderr)
    {
        var sb = new StringBuilder();
        foreach (Match m in DiagnosticLine().Matches(stderr))
            if (!m.Groups[4].Value.StartsWith("see current operation", StringComparison.Ordinal))
                sb.Append(m.Groups[1].Value).Append(": ").Append(m.Groups[3].Value).Append(": ").Append(m.Groups[4].Value).Append('\n');
        return sb.ToString();
    }

    private static void AssertSameVerdicts(List<string> cases)
    {
        string input = string.Join("// -----\n", cases);
        var mlir = MemRefTestIR.MlirOpt(input, "--split-input-file");
        var ours = MemRefTestIR.Dialectic(input, "--split-input-file");
        string expected = Diagnostics(mlir.Stderr);
        Assert.Equal(expected, Diagnostics(ours.Stderr));
        Assert.Equal(mlir.Stdout, ours.Stdout);
        // The generators must produce both valid and invalid ops for the comparison to mean anything.
        int errors = Regex.Matches(expected, ": error: ").Count;
        Assert.InRange(errors, 1, cases.Count - 1);
    }

    private static string Dim(long v) => v < 0 ? "?" : v.ToString();

    private static string Layout(long[] strides, long offset)
    {
        var parts = new string[strides.Length];
        for (int i = 0; i < parts.Length; i++)
            parts[i] = Dim(strides[i]);
        return offset == 0 ? $"strided<[{string.Join(", ", parts)}]>" : $"strided<[{string.Join(", ", parts)}], offset: {Dim(offset)}>";
    }

    private static string Type(long[] shape, string? layout)
    {
        var dims = new string[shape.Length];
        for (int i = 0; i < dims.Length; i++)
            dims[i] = Dim(shape[i]);
        string prefix = shape.Length == 0 ? "" : string.Join("x", dims) + "x";
        return layout == null ? $"memref<{prefix}f32>" : $"memref<{prefix}f32, {layout}>";
    }

    // -1 stands for a dynamic value in the generators below; arithmetic on it saturates, as MLIR's does.
    private static long Add(long a, long b) => a < 0 || b < 0 ? -1 : a + b;

    private static long Mul(long a, long b) => a == 0 || b == 0 ? 0 : a < 0 || b < 0 ? -1 : a * b;

    private static long[] Canonical(long[] shape)
    {
        var strides = new long[shape.Length];
        long running = 1;
        for (int i = shape.Length - 1; i >= 0; i--)
        {
            strides[i] = running;
            running = shape[i] > 0 && running > 0 ? running * shape[i] : -1;
        }
        return strides;
    }

    private static long Pick(Random rng, params long[] choices) => choices[rng.Next(choices.Length)];

    [ToolFact("mlir-opt-22")]
    public void SubviewsVerifyLikeMlir()
    {
        var rng = new Random(2022);
        var cases = new List<string>();
        for (int n = 0; n < 150; n++)
        {
            int rank = rng.Next(1, 4);
            var shape = new long[rank];
            var srcStrides = new long[rank];
            for (int i = 0; i < rank; i++)
            {
                shape[i] = Pick(rng, 1, 4, 8, -1);
                srcStrides[i] = Pick(rng, 1, 2, 16, -1);
            }
            long srcOffset = Pick(rng, 0, 3, -1);
            string? srcLayout = rng.Next(3) == 0 ? null : Layout(srcStrides, srcOffset);
            var offsets = new long[rank];
            var sizes = new long[rank];
            var strides = new long[rank];
            for (int i = 0; i < rank; i++)
            {
                offsets[i] = Pick(rng, 0, 1, -1);
                sizes[i] = Pick(rng, 1, 2, -1);
                strides[i] = Pick(rng, 1, 2, -1);
            }
            // The result: the sizes, with some unit dims dropped, and the inferred layout or a guessed one.
            var baseStrides = srcLayout == null ? Canonical(shape) : srcStrides;
            long baseOffset = srcLayout == null ? 0 : srcOffset;
            long offset = baseOffset;
            for (int i = 0; i < rank; i++)
                offset = Add(offset, Mul(offsets[i], baseStrides[i]));
            bool guess = rng.Next(3) == 0;
            var resultShape = new List<long>();
            var resultStrides = new List<long>();
            for (int i = 0; i < rank; i++)
                if (!(sizes[i] == 1 && rng.Next(3) == 0))
                {
                    resultShape.Add(sizes[i]);
                    resultStrides.Add(guess ? Pick(rng, 1, 2, 4, 16, 32, -1) : Mul(baseStrides[i], strides[i]));
                }
            string result = Type(resultShape.ToArray(), Layout(resultStrides.ToArray(), guess ? Pick(rng, 0, 1, 3, 4, -1) : offset));
            var args = new List<string>();
            string List(long[] values, string name)
            {
                var parts = new string[values.Length];
                for (int i = 0; i < values.Length; i++)
                {
                    if (values[i] >= 0)
                        parts[i] = values[i].ToString();
                    else
                    {
                        parts[i] = $"%{name}{i}";
                        args.Add($"%{name}{i}: index");
                    }
                }
                return "[" + string.Join(", ", parts) + "]";
            }
            string o = List(offsets, "o"), s = List(sizes, "s"), t = List(strides, "t");
            string source = Type(shape, srcLayout);
            cases.Add($"func.func @subview{n}(%m: {source}{(args.Count > 0 ? ", " + string.Join(", ", args) : "")}) {{\n"
                + $"  %0 = memref.subview %m{o} {s} {t} : {source} to {result}\n  return\n}}\n");
        }
        AssertSameVerdicts(cases);
    }

    [ToolFact("mlir-opt-22")]
    public void CastsReshapesAndTransposesVerifyLikeMlir()
    {
        var rng = new Random(99);
        var cases = new List<string>();
        for (int n = 0; n < 120; n++)
        {
            var shape = new long[3];
            var strides = new long[3];
            for (int i = 0; i < 3; i++)
            {
                shape[i] = Pick(rng, 1, 2, 5, -1);
                strides[i] = Pick(rng, 1, 5, 10, 20, -1);
            }
            string source = Type(shape, rng.Next(4) == 0 ? null : Layout(strides, Pick(rng, 0, 7, -1)));
            var other = new long[3];
            var otherStrides = new long[3];
            for (int i = 0; i < 3; i++)
            {
                other[i] = rng.Next(2) == 0 ? shape[i] : Pick(rng, 1, 2, 5, -1);
                otherStrides[i] = rng.Next(2) == 0 ? strides[i] : Pick(rng, 1, 5, 10, -1);
            }
            string target = Type(other, rng.Next(4) == 0 ? null : Layout(otherStrides, Pick(rng, 0, 7, -1)));
            string collapsed = Type([shape[0] < 0 || shape[1] < 0 ? -1 : shape[0] * shape[1], shape[2]],
                rng.Next(2) == 0 ? null : Layout([Pick(rng, 5, 10, 20, -1), Pick(rng, 1, 5, -1)], Pick(rng, 0, 7, -1)));
            string transposed = Type([shape[2], shape[0], shape[1]],
                rng.Next(3) == 0 ? null : Layout([Pick(rng, 1, 5, -1), Pick(rng, 10, 20, -1), Pick(rng, 5, 10, -1)], Pick(rng, 0, 7, -1)));
            string op = rng.Next(3) switch
            {
                0 => $"%0 = memref.cast %m : {source} to {target}",
                1 => $"%0 = memref.collapse_shape %m [[0, 1], [2]] : {source} into {collapsed}",
                _ => $"%0 = memref.transpose %m (d0, d1, d2) -> (d2, d0, d1) : {source} to {transposed}",
            };
            cases.Add($"func.func @view{n}(%m: {source}) {{\n  {op}\n  return\n}}\n");
        }
        AssertSameVerdicts(cases);
    }
}
