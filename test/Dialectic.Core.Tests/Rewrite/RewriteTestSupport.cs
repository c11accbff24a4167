using System;
using System.Collections.Generic;
using System.IO;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.Rewrite;
using Dialectic.Core.Syntax;
using Xunit;

namespace Dialectic.Core.Tests.Rewrite;

/// <summary>Parsing and printing for the rewrite tests, and a listener that records what it hears.</summary>
internal static class RewriteTestSupport
{
    /// <summary>A context with the <c>rt</c> dialect (unregistered ops allowed).</summary>
    public static Context NewContext() => NewContext(out _);

    public static Context NewContext(out RewriteTestDialect dialect)
    {
        var context = new Context { AllowUnregisteredDialects = true };
        dialect = context.RegisterDialect(new RewriteTestDialect(context));
        return context;
    }

    /// <summary>Parses one top-level op (generic form); fails the test on a parse error.</summary>
    public static Operation Parse(Context context, string text)
    {
        var messages = new List<string>();
        Block? block;
        using (context.Diagnostics.AddHandler(d =>
               {
                   messages.Add(d.ToString());
                   return true;
               }))
            block = SourceParser.ParseSource(context, text, new ParserOptions { FileName = "t.mlir" });
        Assert.True(block != null, "parse failed: " + string.Join("\n", messages));
        var op = block!.FirstOp!;
        Assert.Null(op.NextOp);
        op.Remove();
        return op;
    }

    /// <summary>The op printed (generic form for rt ops), with a trailing newline removed.</summary>
    public static string Print(Operation op)
    {
        var writer = new StringWriter();
        AsmPrinter.PrintTopLevel(op, writer);
        return writer.ToString().TrimEnd('\n');
    }

    /// <summary>Normalizes expected text: no common indentation, no leading or trailing blank lines.</summary>
    public static string Text(string text) => text.Replace("\r\n", "\n").Trim('\n');

    /// <summary>The ops named <paramref name="name"/> nested in <paramref name="root"/>, in pre-order.</summary>
    public static List<Operation> Find(Operation root, string name)
    {
        var found = new List<Operation>();
        root.Walk(op =>
        {
            if (op.Name.Name == name)
                found.Add(op);
        }, WalkOrder.PreOrder);
        return found;
    }

    /// <summary>The rt.const op holding <paramref name="value"/> (i32).</summary>
    public static OperationState Const(Context context, long value)
    {
        var state = new OperationState(context.UnknownLoc, "rt.const");
        state.ResultTypes.Add(context.I(32));
        state.Properties = DictionaryAttr.Get(context, [new NamedAttribute("value", IntegerAttr.Get(context.I(32), value))]);
        return state;
    }
}

/// <summary>Records notifications as short strings: <c>insert rt.add</c>, <c>erase rt.const</c>, ...</summary>
internal sealed class RecordingListener : RewriterListener
{
    public List<string> Events { get; } = new();

    public override void NotifyOperationInserted(Operation op, Block? previousBlock, Operation? previousNext) =>
        Events.Add((previousBlock == null ? "insert " : "move ") + op.Name.Name);

    public override void NotifyBlockInserted(Block block, Region? previousRegion, Block? previousNext) =>
        Events.Add(previousRegion == null ? "insert block" : "move block");

    public override void NotifyOperationModified(Operation op) => Events.Add("modify " + op.Name.Name);

    public override void NotifyOperationReplaced(Operation op, IReadOnlyList<Value?> replacement) =>
        Events.Add("replace " + op.Name.Name);

    public override void NotifyOperationErased(Operation op) => Events.Add("erase " + op.Name.Name);

    public override void NotifyBlockErased(Block block) => Events.Add("erase block");

    public override void NotifyPatternBegin(RewritePattern pattern, Operation op) => Events.Add("begin " + pattern.DebugName);

    public override void NotifyPatternEnd(RewritePattern pattern, bool succeeded) =>
        Events.Add("end " + pattern.DebugName + (succeeded ? " ok" : " failed"));

    public override void NotifyMatchFailure(LocationAttr location, string reason) => Events.Add("failure " + reason);
}
