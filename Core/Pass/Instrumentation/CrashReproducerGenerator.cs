using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.Syntax;

namespace Dialectic.Core.Pass.Instrumentation;

/// <summary>
/// Writes MLIR's pass pipeline reproducer when a run fails (MLIR's <c>PassCrashReproducerGenerator</c>): the IR as
/// it was before the pipeline (or, in local mode, before the failing pass) followed by
/// <c>{-# external_resources: { mlir_reproducer: { pipeline: "...", disable_threading: ..., verify_each: ... } } #-}</c>,
/// and reports it with an error at the failing op. Only the first failure is reported; failures on parallel workers
/// are reported when their op's output is replayed in IR order, so the first one a sequential run meets wins, at
/// the place a sequential run reports it.
/// </summary>
internal sealed class CrashReproducerGenerator
{
    private readonly string _path;
    private readonly bool _local;

    // All passes running now, in start order (MLIR's runningPasses), adaptors excluded.
    private readonly List<(Pass Pass, Operation Op)> _running = new();

    // Local mode: the reproducer state captured before each running pass (last: innermost).
    private readonly List<LocalContext> _localContexts = new();

    private Operation? _preCrashClone;
    private string _pipelineElements = "";
    private bool _disableThreading;
    private bool _verifyEach;
    private bool _reported;

    // Local mode: a failure after the one reported. As in MLIR, whose local contexts of failed passes are never
    // popped, the last such failure is reported again at the end of the run, at the top-level op.
    private (string Description, Operation Reproducer, string Pipeline)? _laterLocalFailure;

    private sealed record LocalContext(Pass Pass, Operation Op, Operation Snapshot, string Pipeline);

    public CrashReproducerGenerator(string path, bool local)
    {
        _path = path;
        _local = local;
    }

    /// <summary>Before the run: in global mode, the IR and the whole pipeline are captured now.</summary>
    public void Initialize(OpPassManager pm, Operation op, bool verifyEach, bool disableThreading)
    {
        _verifyEach = verifyEach;
        _disableThreading = disableThreading;
        _reported = false;
        _laterLocalFailure = null;
        _running.Clear();
        _localContexts.Clear();
        if (_local)
            return;
        var sb = new StringBuilder();
        for (int i = 0; i < pm.Passes.Count; i++)
        {
            if (i > 0)
                sb.Append(", ");
            pm.Passes[i].PrintAsTextualPipeline(sb);
        }
        _pipelineElements = sb.ToString();
        _preCrashClone = op.Clone();
    }

    public void BeforePass(Pass pass, Operation op)
    {
        _running.Add((pass, op));
        if (!_local)
            return;
        // The pipeline that replays this pass alone on its op, nested in the names of the op's ancestors.
        var scopes = new List<string>();
        var top = op;
        while (top.ParentOp is { } parent)
        {
            scopes.Add(top.Name.Name);
            top = parent;
        }
        var sb = new StringBuilder(top.Name.Name).Append('(');
        for (int i = scopes.Count - 1; i >= 0; i--)
            sb.Append(scopes[i]).Append('(');
        pass.PrintAsTextualPipeline(sb);
        sb.Append(')', scopes.Count + 1);
        _localContexts.Add(new LocalContext(pass, op, top.Clone(), sb.ToString()));
    }

    public void AfterPass(Pass pass, Operation op)
    {
        int i = _running.FindLastIndex(e => e.Pass == pass && e.Op == op);
        if (i >= 0)
            _running.RemoveAt(i);
        if (_local)
        {
            int j = _localContexts.FindLastIndex(e => e.Pass == pass && e.Op == op);
            if (j >= 0)
                _localContexts.RemoveAt(j);
        }
    }

    public void PassFailed(Pass pass, Operation op)
    {
        string description;
        Operation reproducer;
        string pipeline;
        if (_local)
        {
            // An adaptor stands for the innermost running pass, as MLIR's runningPasses.back(); none: no report.
            int j = pass.IsAdaptor ? _localContexts.Count - 1 : _localContexts.FindLastIndex(e => e.Pass == pass && e.Op == op);
            if (j < 0)
                return;
            var local = _localContexts[j];
            description = Describe(local.Pass, local.Op);
            reproducer = local.Snapshot;
            pipeline = local.Pipeline;
        }
        else
        {
            // The running passes whose ops enclose the failing op: what a sequential run has running now.
            var sb = new StringBuilder("[");
            bool first = true;
            foreach (var (p, o) in _running)
            {
                if (!o.IsAncestorOf(op))
                    continue;
                if (!first)
                    sb.Append(", ");
                first = false;
                sb.Append(Describe(p, o));
            }
            description = sb.Append(']').ToString();
            reproducer = _preCrashClone!;
            pipeline = reproducer.Name.Name + "(" + _pipelineElements + ")";
        }
        AfterPass(pass, op);
        var location = op.Location;
        var context = op.Context;
        ParallelOutput.RunInOrder(() =>
        {
            if (_reported)
            {
                if (_local)
                    _laterLocalFailure = (description, reproducer, pipeline);
                return;
            }
            _reported = true;
            Report(context, location, description, reproducer, pipeline);
        });
    }

    private static string Describe(Pass pass, Operation op)
    {
        var s = "`" + pass.Name + "` on '" + op.Name.Name + "' operation";
        if (op.HasTrait(OpTraits.Symbol) && SymbolTable.GetSymbolName(op) is { } symbol)
            s += ": @" + symbol;
        return s;
    }

    /// <summary>At the end of the run: reports a failure no pass failure explained (e.g. a scheduling error),
    /// and in local mode the last failure after the reported one, as MLIR does.</summary>
    public void Finalize(Operation root, bool succeeded, PrintingFlags flags)
    {
        _flags = flags;
        var clone = _preCrashClone;
        _preCrashClone = null;
        _running.Clear();
        _localContexts.Clear();
        var later = _laterLocalFailure;
        _laterLocalFailure = null;
        if (succeeded)
            return;
        if (!_reported && !_local)
        {
            _reported = true;
            var reproducer = clone ?? root.Clone();
            Report(root.Context, root.Location, "[]", reproducer, reproducer.Name.Name + "(" + _pipelineElements + ")");
        }
        else if (later is { } l)
        {
            Report(root.Context, root.Location, l.Description, l.Reproducer, l.Pipeline);
        }
    }

    private PrintingFlags _flags = PrintingFlags.Default;

    /// <summary>How the reproducer prints the IR (set by the pass manager before the run).</summary>
    public PrintingFlags Flags
    {
        set => _flags = value;
    }

    private void Report(Context context, LocationAttr location, string description, Operation reproducer, string pipeline)
    {
        string result = Write(reproducer, pipeline);
        var diag = context.EmitError(location, "Failures have been detected while processing an MLIR pass pipeline");
        diag.AttachNote("Pipeline failed while executing " + description + ": " + result);
    }

    /// <summary>Writes the reproducer file; returns MLIR's description of the outcome.</summary>
    private string Write(Operation reproducer, string pipeline)
    {
        var text = new StringWriter();
        AsmPrinter.PrintTopLevel(reproducer, text, _flags);
        string printed = text.ToString();
        var resources = new StringBuilder();
        resources.Append("  external_resources: {\n    mlir_reproducer: {\n      pipeline: \"");
        AppendEscaped(resources, pipeline);
        resources.Append("\",\n      disable_threading: ").Append(_disableThreading ? "true" : "false");
        resources.Append(",\n      verify_each: ").Append(_verifyEach ? "true" : "false");
        resources.Append("\n    }\n  }\n#-}\n");
        // Join an existing file metadata block (dialect resources) rather than starting a second one.
        const string metadataEnd = "\n#-}\n";
        if (printed.EndsWith(metadataEnd, StringComparison.Ordinal))
            printed = printed.Substring(0, printed.Length - metadataEnd.Length) + ",\n" + resources;
        else
            printed += "\n{-#\n" + resources;
        try
        {
            File.WriteAllText(_path, printed, new UTF8Encoding(false));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return "failed to create output stream: Failed to create reproducer stream: " + e.Message;
        }
        return "reproducer generated at `" + _path + "`";
    }

    /// <summary>MLIR's escaped string: backslash doubled, quotes and non-printable bytes as <c>\XX</c>.</summary>
    private static void AppendEscaped(StringBuilder sb, string s)
    {
        foreach (byte b in Encoding.UTF8.GetBytes(s))
        {
            if (b == '\\')
                sb.Append("\\\\");
            else if (b >= 0x20 && b < 0x7F && b != '"')
                sb.Append((char)b);
            else
                sb.Append('\\').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}
