using System;
using System.IO;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Builtin;
using Dialectic.Core.Syntax;
using Dialectic.Tools.Opt;

namespace Dialectic.Dialects.Tests.Rewrite;

/// <summary>Parses text as dialectic-opt does (implicit module, buffer named <c>&lt;stdin&gt;</c>) and prints it back.</summary>
internal static class RewriteHarness
{
    public const string BufferName = "<stdin>";

    /// <summary>The module holding <paramref name="text"/>'s ops, in a context with every dialect.</summary>
    public static ModuleOp Parse(string text, out Context context)
    {
        context = OptMain.CreateContext(false);
        var messages = new System.Collections.Generic.List<string>();
        Block? block;
        using (context.Diagnostics.AddHandler(d =>
               {
                   messages.Add(d.ToString());
                   return true;
               }))
            block = SourceParser.ParseSource(context, text, new ParserOptions { FileName = BufferName });
        if (block == null)
            throw new InvalidOperationException("parse failed: " + string.Join("\n", messages));
        var module = ModuleOp.Create(FileLineColRange.Get(context, BufferName, 0, 0));
        while (block.FirstOp is { } op)
        {
            op.Remove();
            module.Body.Append(op);
        }
        return module;
    }

    /// <summary>The op printed as dialectic-opt prints it (with a trailing newline).</summary>
    public static string Print(Operation op, bool debugInfo = false)
    {
        var writer = new StringWriter();
        AsmPrinter.PrintTopLevel(op, writer, new PrintingFlags { PrintDebugInfo = debugInfo });
        writer.Write('\n');
        return writer.ToString();
    }
}
