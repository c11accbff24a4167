using System.Text;

namespace Dialectic.Core.Tests.Robustness;

/// <summary>Builds deeply nested MLIR text: <c>open</c> repeated, a core, <c>close</c> repeated.</summary>
internal static class NestedText
{
    public static string Build(string prefix, string open, int depth, string core, string close, string suffix)
    {
        var sb = new StringBuilder(prefix.Length + suffix.Length + core.Length + depth * (open.Length + close.Length));
        sb.Append(prefix);
        for (int i = 0; i < depth; i++)
            sb.Append(open);
        sb.Append(core);
        for (int i = 0; i < depth; i++)
            sb.Append(close);
        sb.Append(suffix);
        return sb.ToString();
    }

    /// <summary><c>"t.a"() ({ "t.a"() ({ ... }) : () -> () }) : () -> ()</c>, <paramref name="depth"/> regions deep.</summary>
    public static string Regions(int depth) =>
        Build("", "\"t.a\"() ({\n", depth, "\"t.leaf\"() : () -> ()\n", "}) : () -> ()\n", "");

    /// <summary>Regions of two blocks each; the second block holds the next level.</summary>
    public static string MultiBlockRegions(int depth) =>
        Build("", "\"t.a\"() ({\n\"t.br\"()[^bb1] : () -> ()\n^bb1:\n", depth, "\"t.leaf\"() : () -> ()\n",
            "\"t.end\"() : () -> ()\n}) : () -> ()\n", "");

    /// <summary>An op whose attribute <c>v</c> is <paramref name="open"/> x depth, core, <paramref name="close"/> x depth.</summary>
    public static string Attribute(string open, int depth, string core, string close) =>
        Build("\"t.a\"() {v = ", open, depth, core, close, "} : () -> ()\n");
}
