using System.Collections.Generic;
using System.IO;
using Dialectic.Tests.Shared;
using Xunit;

namespace Dialectic.Dialects.Tests.Translate;

/// <summary>
/// Differential tests against mlir-translate-22 over the lit corpus of func, arith, math, index, scf, cf and
/// memref: each <c>// -----</c> chunk that mlir-opt-22 lowers to the llvm dialect and mlir-translate-22 translates
/// is translated by Dialectic too; the llvm dialect's own lit files are translated as they are. Ours must assemble with llvm-as-22 and, after <c>opt-22 -O2</c> on both sides,
/// read exactly as upstream's (behavioural equivalence; names and constant folding differ before that).
/// </summary>
public sealed class TranslateDifferentialTests
{
    public static IEnumerable<object[]> CorpusFiles()
    {
        foreach (string dialect in new[] { "Arith", "Func", "Scf", "MemRef", "ControlFlow", "Math", "Index", "Llvm" })
        {
            string dir = Path.Combine(RepoPaths.LitTests, "Dialect", dialect);
            if (!Directory.Exists(dir))
                continue;
            var files = new List<string>(Directory.EnumerateFiles(dir, "*.mlir"));
            files.Sort(System.StringComparer.Ordinal);
            foreach (string file in files)
                if (!Path.GetFileName(file).StartsWith("invalid", System.StringComparison.Ordinal))
                    yield return [dialect + "/" + Path.GetFileName(file)];
        }
    }

    [ToolTheory(TranslateHarness.MlirOpt, TranslateHarness.MlirTranslate, TranslateHarness.LlvmAs, TranslateHarness.LlvmOpt)]
    [MemberData(nameof(CorpusFiles))]
    public void LoweredCorpusTranslatesLikeMlirTranslate(string relative)
    {
        string text = File.ReadAllText(Path.Combine(RepoPaths.LitTests, "Dialect", relative));
        var chunks = TranslateHarness.Split(text);
        for (int i = 0; i < chunks.Count; i++)
        {
            string? lowered = relative.StartsWith("Llvm/", System.StringComparison.Ordinal)
                ? chunks[i] : TranslateHarness.Lower(chunks[i]);
            if (lowered == null)
                continue;
            string? upstream = TranslateHarness.TranslateUpstream(lowered);
            if (upstream == null)
                continue;
            string ours = TranslateHarness.Translate(lowered);
            string? asError = TranslateHarness.AssemblerError(ours);
            Assert.True(asError == null, $"chunk {i}: llvm-as-22 rejects our output:\n{asError}\n{ours}");
            Assert.True(TranslateHarness.Normalize(upstream) == TranslateHarness.Normalize(ours),
                $"chunk {i}: behaves differently after opt -O2.\nupstream:\n{upstream}\nours:\n{ours}");
        }
    }
}
