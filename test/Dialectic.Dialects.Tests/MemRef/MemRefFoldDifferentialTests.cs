using System;
using System.Collections.Generic;
using System.Text;
using Dialectic.Tests.Shared;
using Xunit;

namespace Dialectic.Dialects.Tests.MemRef;

/// <summary>
/// Our memref folders against mlir-opt-22's: generated functions run through <c>dialectic-opt
/// --test-constant-fold</c> (in process) and <c>mlir-opt-22 --test-single-fold</c> must print the same text. Each
/// test is one module of many functions, so one mlir-opt process covers it.
/// </summary>
public sealed class MemRefFoldDifferentialTests
{
    private static readonly string[] Sizes = ["1", "4", "?"];

    private static void AssertSameFolds(string module)
    {
        var mlir = MemRefTestIR.MlirOpt(module, "--test-single-fold");
        Assert.True(mlir.ExitCode == 0, "mlir-opt-22 rejected the input:\n" + mlir.Stderr);
        var ours = MemRefTestIR.Dialectic(module, "--test-constant-fold");
        Assert.True(ours.ExitCode == 0, "dialectic-opt rejected the input:\n" + ours.Stderr);
        Assert.Equal(mlir.Stdout, ours.Stdout);
    }

    private static string[] RandomShape(Random rng, int rank)
    {
        var shape = new string[rank];
        for (int i = 0; i < rank; i++)
            shape[i] = Sizes[rng.Next(Sizes.Length)];
        return shape;
    }

    private static string MemRef(string[] shape, string element = "f32") =>
        "memref<" + (shape.Length == 0 ? "" : string.Join("x", shape) + "x") + element + ">";

    private static int Dynamic(string[] shape) => Array.FindAll(shape, s => s == "?").Length;

    [ToolFact("mlir-opt-22")]
    public void DimAndRankFoldLikeMlir()
    {
        var rng = new Random(22);
        var text = new StringBuilder();
        for (int n = 0; n < 40; n++)
        {
            var shape = RandomShape(rng, rng.Next(1, 4));
            string type = MemRef(shape);
            var sizeArgs = new List<string>();
            for (int i = 0; i < Dynamic(shape); i++)
                sizeArgs.Add($"%d{i}");
            string producer = rng.Next(3) switch
            {
                0 => $"%m = memref.alloc({string.Join(", ", sizeArgs)}) : {type}",
                1 => $"%m = memref.alloca({string.Join(", ", sizeArgs)}) : {type}",
                _ => $"%m = memref.cast %arg : {type} to {type}",
            };
            text.Append($"func.func @dim{n}(%arg: {type}");
            foreach (var s in sizeArgs)
                text.Append($", {s}: index");
            text.Append(") -> (index, index, index) {\n");
            text.Append($"  {producer}\n");
            int index = rng.Next(shape.Length + 1);
            text.Append($"  %c = arith.constant {index} : index\n");
            text.Append($"  %0 = memref.dim %m, %c : {type}\n");
            text.Append($"  %1 = memref.dim %arg, %c : {type}\n");
            text.Append($"  %2 = memref.rank %m : {type}\n");
            text.Append("  return %0, %1, %2 : index, index, index\n}\n");
        }
        AssertSameFolds(text.ToString());
    }

    [ToolFact("mlir-opt-22")]
    public void ViewChainsFoldLikeMlir()
    {
        var rng = new Random(7);
        var text = new StringBuilder();
        for (int n = 0; n < 30; n++)
        {
            var shape = new[] { rng.Next(2, 6).ToString(), rng.Next(2, 6).ToString() };
            string type = MemRef(shape);
            int o0 = rng.Next(2), o1 = rng.Next(2);
            string s0 = (int.Parse(shape[0]) - o0).ToString(), s1 = (int.Parse(shape[1]) - o1).ToString();
            long offset = o0 * long.Parse(shape[1]) + o1;
            string subType = $"memref<{s0}x{s1}xf32, strided<[{shape[1]}, 1], offset: {offset}>>";
            if (offset == 0 && s0 == shape[0] && s1 == shape[1])
                subType = type;
            else if (offset == 0)
                subType = $"memref<{s0}x{s1}xf32, strided<[{shape[1]}, 1]>>";
            text.Append($"func.func @view{n}(%m: {type}) -> ({subType}, {subType}, {type}) {{\n");
            text.Append($"  %a = memref.subview %m[{o0}, {o1}] [{s0}, {s1}] [1, 1] : {type} to {subType}\n");
            text.Append($"  %b = memref.subview %a[0, 0] [{s0}, {s1}] [1, 1] : {subType} to {subType}\n");
            text.Append($"  %t = memref.transpose %m (d0, d1) -> (d1, d0) : {type} to memref<{shape[1]}x{shape[0]}xf32, strided<[1, {shape[1]}]>>\n");
            text.Append($"  %u = memref.transpose %t (d0, d1) -> (d1, d0) : memref<{shape[1]}x{shape[0]}xf32, strided<[1, {shape[1]}]>> to memref<{shape[0]}x{shape[1]}xf32, strided<[{shape[1]}, 1]>>\n");
            text.Append($"  %r = memref.reinterpret_cast %m to offset: [0], sizes: [{shape[0]}, {shape[1]}], strides: [{shape[1]}, 1] : {type} to {type}\n");
            text.Append($"  return %a, %b, %r : {subType}, {subType}, {type}\n}}\n");
        }
        AssertSameFolds(text.ToString());
    }

    [ToolFact("mlir-opt-22")]
    public void ReshapePairsFoldLikeMlir()
    {
        var rng = new Random(3);
        var text = new StringBuilder();
        for (int n = 0; n < 30; n++)
        {
            var shape = RandomShape(rng, 3);
            if (shape[1] == "?")
                shape[1] = "4";
            string type = MemRef(shape);
            string collapsed = shape[0] == "?" || shape[1] == "?" ? "?" : (int.Parse(shape[0]) * int.Parse(shape[1])).ToString();
            string collapsedType = $"memref<{collapsed}x{shape[2]}xf32>";
            var dims = new List<string>();
            var args = new List<string>();
            for (int i = 0; i < 3; i++)
                if (shape[i] == "?")
                {
                    dims.Add($"%d{i}");
                    args.Add($", %d{i}: index");
                }
                else
                    dims.Add(shape[i]);
            text.Append($"func.func @reshape{n}(%m: {type}{string.Join("", args)}) -> ({type}, {type}) {{\n");
            text.Append($"  %c = memref.collapse_shape %m [[0, 1], [2]] : {type} into {collapsedType}\n");
            text.Append($"  %e = memref.expand_shape %c [[0, 1], [2]] output_shape [{string.Join(", ", dims)}] : {collapsedType} into {type}\n");
            text.Append($"  %x = memref.expand_shape %m [[0], [1], [2, 3]] output_shape [{string.Join(", ", dims)}, 1] : {type} into {MemRef([.. shape, "1"])}\n");
            text.Append($"  %y = memref.collapse_shape %x [[0], [1], [2, 3]] : {MemRef([.. shape, "1"])} into {type}\n");
            text.Append($"  return %e, %y : {type}, {type}\n}}\n");
        }
        AssertSameFolds(text.ToString());
    }
}
