using System;
using System.Collections.Generic;
using System.Text;
using Dialectic.Core.Pass;

namespace Dialectic.Tools.Opt;

/// <summary>
/// Lists registered passes and pipelines as mlir-opt's <c>--help</c> and <c>--list-passes</c> do: one
/// <c>--argument</c> per line with its description, options indented below it, enum values below those.
/// </summary>
public static class PassHelpWriter
{
    /// <summary>The <c>--list-passes</c> text: <c>Passes:</c> and the entries at indent 2.</summary>
    public static string ListPasses(PassRegistry registry)
    {
        var sb = new StringBuilder("Passes:\n");
        int width = Width(registry);
        foreach (var entry in registry.Passes)
            AppendEntry(sb, entry, 2, width);
        return sb.ToString();
    }

    /// <summary>The pass part of <c>--help</c>: passes, then pipelines, at indent 6.</summary>
    public static string Help(PassRegistry registry)
    {
        var sb = new StringBuilder("  Compiler passes to run\n    Passes:\n");
        int width = Width(registry);
        foreach (var entry in registry.Passes)
            AppendEntry(sb, entry, 6, width);
        var pipelines = registry.Pipelines;
        if (pipelines.Count > 0)
        {
            sb.Append("    Pass Pipelines:\n");
            foreach (var entry in pipelines)
                AppendEntry(sb, entry, 6, width);
        }
        return sb.ToString();
    }

    private static int Width(PassRegistry registry)
    {
        int width = 0;
        var all = new List<PassRegistryEntry>(registry.Passes);
        all.AddRange(registry.Pipelines);
        foreach (var e in all)
        {
            width = Math.Max(width, e.Argument.Length + 4);
            if (e.Options != null)
                foreach (var o in e.Options.Options)
                    width = Math.Max(width, OptionText(o).Length + 6);
        }
        return width + 4;
    }

    private static string OptionText(PassOptionInfo option) =>
        option.ValuePlaceholder.Length == 0 ? option.Name : option.Name + "=" + option.ValuePlaceholder;

    private static void AppendEntry(StringBuilder sb, PassRegistryEntry entry, int indent, int width)
    {
        sb.Append(' ', indent).Append("--").Append(entry.Argument.PadRight(Math.Max(0, width - 4)))
            .Append("-   ").Append(entry.Description).Append('\n');
        if (entry.Options == null)
            return;
        foreach (var option in entry.Options.Options)
        {
            sb.Append(' ', indent + 2).Append("--").Append(OptionText(option).PadRight(Math.Max(0, width - 6)))
                .Append("- ").Append(option.Description).Append('\n');
            foreach (var value in option.EnumValues)
                sb.Append(' ', indent + 2).Append('=').Append(value.Name.PadRight(Math.Max(0, width - 5)))
                    .Append("-   ").Append(value.Description).Append('\n');
        }
    }
}
