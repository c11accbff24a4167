// Phase-timing harness: times read / parse / verify / print / write separately on one input, the way
// dialectic-opt --allow-unregistered-dialect --mlir-print-op-generic [--mlir-print-debuginfo] runs them,
// and reports wall time, allocation volume, GC counts and pauses per phase.
//
//   dotnet run -c Release --project bench/Dialectic.Bench -- bench/out/arith_1000x1000.generic.mlir [options]
//
// Options:
//   --iters N       iterations (default 3); the first one includes JIT warm-up and is reported separately
//   --debuginfo     print with --mlir-print-debuginfo
//   --custom        print custom syntax (the default is the generic form)
//   --end-to-end    also time OptMain.Run in-process (same code path as the tool, minus process start)
//   --retained      measure the managed heap retained by the parsed IR (forces full GCs; adds time)
//   --parse-gc MODE experiment: run the parse phase under GCLatencyMode.LowLatency ("lowlatency") or inside
//                   GC.TryStartNoGCRegion ("nogc:<MiB>"), to see what the GC costs the parser
//   --passes P      run the pass pipeline P (textual, e.g. 'builtin.module(func.func(canonicalize,cse))') after
//                   verify, as its own phase, without verification between passes
//   --long-lived    hold dialectic-opt's no-GC region (LongLivedAllocationScope) from the parse through the output
//   --threads N     threads for the pass manager (1 = no threading; default: all cores)
//   --alloc-types   sample allocations (GCAllocationTick, ~every 100 KB) and print the top types per phase
using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Diagnostics.Tracing;
using System.IO;
using System.Linq;
using System.Runtime;
using System.Text;
using System.Threading;
using Dialectic.Core.IR;
using Dialectic.Core.Pass;
using Dialectic.Core.Support;
using Dialectic.Core.Syntax;
using Dialectic.Core.Verification;
using Dialectic.Tools.Opt;

namespace Dialectic.Bench;

internal static class Program
{
    private sealed record PhaseSample(string Phase, double Ms, long AllocBytes, int Gen0, int Gen1, int Gen2, double PauseMs, double CpuMs = 0);

    private static int Main(string[] args)
    {
        string? input = null;
        int iters = 3;
        bool debugInfo = false, endToEnd = false, retained = false, allocTypes = false;
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--iters": iters = int.Parse(args[++i]); break;
                case "--debuginfo": debugInfo = true; break;
                case "--custom": s_custom = true; break;
                case "--end-to-end": endToEnd = true; break;
                case "--retained": retained = true; break;
                case "--alloc-types": allocTypes = true; break;
                case "--parse-gc": s_parseGc = args[++i]; break;
                case "--passes": s_passes = args[++i]; break;
                case "--long-lived": s_longLived = true; break;
                case "--threads": s_threads = int.Parse(args[++i]); break;
                default:
                    if (args[i].StartsWith('-') || input != null)
                    {
                        Console.Error.WriteLine($"usage: Dialectic.Bench <input.mlir> [--iters N] [--debuginfo] [--end-to-end] [--retained]");
                        return 2;
                    }
                    input = args[i];
                    break;
            }
        }
        if (input == null)
        {
            Console.Error.WriteLine("usage: Dialectic.Bench <input.mlir> [--iters N] [--debuginfo] [--end-to-end] [--retained]");
            return 2;
        }

        Console.WriteLine($"input: {input} ({new FileInfo(input).Length / 1048576.0:F1} MiB), iterations: {iters}, debuginfo: {debugInfo}");
        Console.WriteLine($"runtime: {Environment.Version}, server GC: {GCSettings.IsServerGC}, GC latency: {GCSettings.LatencyMode}, cores: {Environment.ProcessorCount}");

        using var listener = allocTypes ? new AllocListener() : null;
        s_listener = listener;
        var all = new List<List<PhaseSample>>();
        for (int it = 0; it < iters; it++)
        {
            var samples = BigStack.Run(() => RunOnce(input, debugInfo, retained && it == iters - 1));
            all.Add(samples);
            Console.WriteLine();
            Console.WriteLine($"iteration {it + 1}{(it == 0 ? " (cold: includes JIT)" : "")}:");
            PrintTable(samples);
            // Start every iteration from a clean heap, as a fresh process would.
            GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
        }
        if (iters > 1)
        {
            Console.WriteLine();
            Console.WriteLine($"median of warm iterations 2..{iters}:");
            var warm = all.Skip(1).ToList();
            var med = warm[0].Select((s, idx) => new PhaseSample(
                s.Phase,
                Median(warm.Select(w => w[idx].Ms)),
                (long)Median(warm.Select(w => (double)w[idx].AllocBytes)),
                (int)Median(warm.Select(w => (double)w[idx].Gen0)),
                (int)Median(warm.Select(w => (double)w[idx].Gen1)),
                (int)Median(warm.Select(w => (double)w[idx].Gen2)),
                Median(warm.Select(w => w[idx].PauseMs)),
                Median(warm.Select(w => w[idx].CpuMs)))).ToList();
            PrintTable(med);
        }

        if (listener != null)
        {
            Thread.Sleep(1000); // let the event dispatcher drain
            listener.Report();
        }

        if (endToEnd)
        {
            Console.WriteLine();
            var extra = debugInfo ? new[] { "--mlir-print-debuginfo" } : Array.Empty<string>();
            var argv = (s_custom ? new[] { "--allow-unregistered-dialect" } : new[] { "--allow-unregistered-dialect", "--mlir-print-op-generic" }).Concat(extra).Concat(new[] { input, "-o", "/dev/null" }).ToArray();
            for (int it = 0; it < iters; it++)
            {
                long a0 = GC.GetTotalAllocatedBytes(true);
                var sw = Stopwatch.StartNew();
                int rc = OptMain.Run(argv, TextReader.Null, TextWriter.Null, Console.Error);
                sw.Stop();
                Console.WriteLine($"OptMain.Run in-process #{it + 1}: rc={rc}, {sw.Elapsed.TotalMilliseconds:F0} ms, allocated {(GC.GetTotalAllocatedBytes(true) - a0) / 1048576.0:F0} MiB");
                GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
            }
        }
        Console.WriteLine();
        Console.WriteLine($"process peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:F0} MiB");
        return 0;
    }

    private static List<PhaseSample> RunOnce(string input, bool debugInfo, bool measureRetained)
    {
        var samples = new List<PhaseSample>();
        string text = Measure(samples, "read", () => File.ReadAllText(input, Encoding.UTF8));

        var context = OptMain.CreateContext(allowUnregistered: true);
        var diags = new List<string>();
        using var handler = context.Diagnostics.AddHandler(d =>
        {
            diags.Add(d.ToString() ?? "");
            return true;
        });

        long heapBefore = measureRetained ? GC.GetTotalMemory(forceFullCollection: true) : 0;
        // As dialectic-opt: no collection from the parse through the pass pipeline.
        using var longLived = s_longLived ? LongLivedAllocationScope.ForInput(text.Length) : null;
        var block = Measure(samples, "parse", () => WithParseGcMode(() => SourceParser.ParseSource(context, text, new ParserOptions { FileName = input })));
        if (block == null)
            throw new InvalidOperationException("parse failed: " + string.Join("\n", diags));
        Operation root;
        if (block.FirstOp != null && block.FirstOp == block.LastOp && block.FirstOp.Name.Name == "builtin.module")
        {
            root = block.FirstOp;
            root.Remove();
        }
        else
        {
            throw new InvalidOperationException("expected a single builtin.module at top level");
        }
        if (measureRetained)
        {
            long heapAfter = GC.GetTotalMemory(forceFullCollection: true);
            GC.KeepAlive(text);
            long ops = 0;
            root.Walk(_ => ops++);
            Console.WriteLine($"retained managed heap of parsed IR: {(heapAfter - heapBefore) / 1048576.0:F0} MiB for {ops} ops ({(double)(heapAfter - heapBefore) / ops:F0} B/op); input string: {text.Length * 2 / 1048576.0:F0} MiB");
        }

        bool ok = Measure(samples, "verify", () => Verifier.Verify(root));
        if (!ok)
            throw new InvalidOperationException("verification failed: " + string.Join("\n", diags));

        if (s_passes != null)
        {
            // The pipeline's elements go inside a manager anchored on the root (builtin.module(...) -> ...).
            string p = s_passes.Trim();
            string inner = p.StartsWith("builtin.module(", StringComparison.Ordinal) ? p.Substring(15, p.Length - 16) : p;
            var pm = new PassManager(context) { VerifyPasses = false, Multithreading = s_threads != 1 };
            if (s_threads > 1)
                pm.DegreeOfParallelism = s_threads;
            if (!OptMain.Registry.TryAddToPipeline(pm, inner, out string? error))
                throw new InvalidOperationException("bad --passes pipeline: " + error);
            if (!Measure(samples, "passes", () => pm.Run(root)))
                throw new InvalidOperationException("the pass pipeline failed: " + string.Join("\n", diags));
        }

        var flags = new PrintingFlags { PrintGenericOpForm = !s_custom, PrintDebugInfo = debugInfo };
        var output = Measure(samples, "print", () =>
        {
            var sw = new StringWriter();
            AsmPrinter.PrintTopLevel(root, sw, flags);
            sw.Write('\n');
            return sw;
        });
        Measure(samples, "write", () =>
        {
            File.WriteAllText("/dev/null", output.ToString());
            return 0;
        });
        longLived?.Dispose();
        GC.KeepAlive(text);
        return samples;
    }

    private static AllocListener? s_listener;
    private static bool s_custom;
    private static string? s_parseGc;
    private static string? s_passes;
    private static bool s_longLived;
    private static int s_threads;

    private static T WithParseGcMode<T>(Func<T> work)
    {
        if (s_parseGc == null)
            return work();
        if (s_parseGc == "lowlatency")
        {
            var old = GCSettings.LatencyMode;
            GCSettings.LatencyMode = GCLatencyMode.LowLatency;
            try { return work(); }
            finally { GCSettings.LatencyMode = old; }
        }
        if (s_parseGc.StartsWith("nogc:", StringComparison.Ordinal))
        {
            long bytes = long.Parse(s_parseGc.Substring(5)) * 1048576;
            bool started = GC.TryStartNoGCRegion(bytes);
            Console.WriteLine($"  (TryStartNoGCRegion({bytes / 1048576} MiB) = {started})");
            try { return work(); }
            finally
            {
                if (GCSettings.LatencyMode == GCLatencyMode.NoGCRegion)
                    GC.EndNoGCRegion();
                else
                    Console.WriteLine("  (no-GC region ended early: the budget was exceeded)");
            }
        }
        throw new ArgumentException("--parse-gc expects lowlatency or nogc:<MiB>");
    }

    private static T Measure<T>(List<PhaseSample> samples, string phase, Func<T> work)
    {
        if (s_listener != null)
            s_listener.Phase = phase;
        int g0 = GC.CollectionCount(0), g1 = GC.CollectionCount(1), g2 = GC.CollectionCount(2);
        var pause = GC.GetTotalPauseDuration();
        long alloc = GC.GetTotalAllocatedBytes(precise: true);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var sw = Stopwatch.StartNew();
        T result = work();
        sw.Stop();
        var cpuMs = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds;
        samples.Add(new PhaseSample(
            phase,
            sw.Elapsed.TotalMilliseconds,
            GC.GetTotalAllocatedBytes(precise: true) - alloc,
            GC.CollectionCount(0) - g0,
            GC.CollectionCount(1) - g1,
            GC.CollectionCount(2) - g2,
            (GC.GetTotalPauseDuration() - pause).TotalMilliseconds,
            cpuMs));
        return result;
    }

    private static double Median(IEnumerable<double> xs)
    {
        var a = xs.OrderBy(x => x).ToArray();
        return a.Length % 2 == 1 ? a[a.Length / 2] : (a[a.Length / 2 - 1] + a[a.Length / 2]) / 2;
    }

    private static void PrintTable(List<PhaseSample> samples)
    {
        Console.WriteLine($"  {"phase",-8} {"ms",9} {"cpu ms",9} {"alloc MiB",10} {"gen0",5} {"gen1",5} {"gen2",5} {"GC pause ms",12}");
        foreach (var s in samples)
            Console.WriteLine($"  {s.Phase,-8} {s.Ms,9:F0} {s.CpuMs,9:F0} {s.AllocBytes / 1048576.0,10:F0} {s.Gen0,5} {s.Gen1,5} {s.Gen2,5} {s.PauseMs,12:F0}");
        Console.WriteLine($"  {"total",-8} {samples.Sum(s => s.Ms),9:F0} {samples.Sum(s => s.CpuMs),9:F0} {samples.Sum(s => s.AllocBytes) / 1048576.0,10:F0} {samples.Sum(s => s.Gen0),5} {samples.Sum(s => s.Gen1),5} {samples.Sum(s => s.Gen2),5} {samples.Sum(s => s.PauseMs),12:F0}");
    }

    /// <summary>Collects GCAllocationTick events (one per ~100 KB allocated) by phase and type name.</summary>
    private sealed class AllocListener : EventListener
    {
        private readonly Dictionary<(string Phase, string Type), long> _bytes = new();
        private readonly object _gate = new();
        public volatile string Phase = "startup";

        protected override void OnEventSourceCreated(EventSource source)
        {
            if (source.Name == "Microsoft-Windows-DotNETRuntime")
                EnableEvents(source, EventLevel.Verbose, (EventKeywords)0x1 /* GC */);
        }

        protected override void OnEventWritten(EventWrittenEventArgs e)
        {
            if (e.EventName == null || !e.EventName.StartsWith("GCAllocationTick", StringComparison.Ordinal) || e.PayloadNames == null)
                return;
            int ti = e.PayloadNames.IndexOf("TypeName");
            int ai = e.PayloadNames.IndexOf("AllocationAmount64");
            if (ai < 0)
                ai = e.PayloadNames.IndexOf("AllocationAmount");
            if (ti < 0 || ai < 0)
                return;
            string type = e.Payload![ti]?.ToString() ?? "?";
            long amount = Convert.ToInt64(e.Payload[ai]);
            lock (_gate)
            {
                var key = (Phase, type);
                _bytes[key] = _bytes.GetValueOrDefault(key) + amount;
            }
        }

        public void Report()
        {
            lock (_gate)
            {
                Console.WriteLine();
                Console.WriteLine("sampled allocations by phase and type (all iterations; phase attribution is approximate):");
                foreach (var phase in _bytes.Keys.Select(k => k.Phase).Distinct())
                {
                    long total = _bytes.Where(kv => kv.Key.Phase == phase).Sum(kv => kv.Value);
                    Console.WriteLine($"  {phase}: {total / 1048576.0:F0} MiB sampled");
                    foreach (var kv in _bytes.Where(kv => kv.Key.Phase == phase).OrderByDescending(kv => kv.Value).Take(15))
                        Console.WriteLine($"    {kv.Value / 1048576.0,8:F0} MiB {100.0 * kv.Value / total,5:F1}%  {kv.Key.Type}");
                }
            }
        }
    }
}
