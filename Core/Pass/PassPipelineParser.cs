using System.Collections.Generic;
using System.Text;

namespace Dialectic.Core.Pass;

/// <summary>
/// MLIR's textual pipeline parser (<c>TextualPipeline</c>): splits <c>a,b{opts},op(c,d)</c> into elements, resolves
/// them against a registry, then adds them to a pass manager. Errors found in the text are reported as LLVM's
/// SourceMgr does, located in a buffer named <c>MLIR Textual PassPipeline Parser</c>.
/// </summary>
internal static class PassPipelineParser
{
    internal sealed class Element
    {
        public required string Name;
        public required int NamePosition;
        public string Options = "";
        public PassRegistryEntry? Entry;
        public readonly List<Element> Inner = new();
    }

    /// <summary>The resolved elements of <paramref name="text"/>, or null after appending the error to
    /// <paramref name="errors"/>.</summary>
    public static List<Element>? Parse(string text, PassRegistry registry, StringBuilder errors)
    {
        var root = new List<Element>();
        if (text.Length == 0)
            return root;
        var stack = new List<List<Element>> { root };
        int p = 0;
        while (true)
        {
            var pipeline = stack[^1];
            int sep = text.IndexOfAny([',', '(', ')', '{'], p);
            string raw = sep < 0 ? text.Substring(p) : text.Substring(p, sep - p);
            string name = raw.Trim();
            int leading = raw.Length - raw.TrimStart().Length;
            var element = new Element { Name = name, NamePosition = p + leading };
            pipeline.Add(element);
            if (sep < 0)
                break;
            p = sep;
            if (text[p] == '{')
            {
                p++;
                int close = -1;
                for (int i = p, depth = 1; i < text.Length; i++)
                {
                    if (text[i] == '{')
                    {
                        depth++;
                        continue;
                    }
                    if (text[i] == '}' && --depth == 0)
                    {
                        close = i;
                        break;
                    }
                }
                if (close < 0)
                    return Error(errors, text, p - 1, "missing closing '}' while processing pass options");
                element.Options = text.Substring(p, close - p);
                p = SkipSpace(text, close + 1);
            }
            else if (text[p] == '(')
            {
                p++;
                stack.Add(element.Inner);
                continue;
            }
            while (p < text.Length && text[p] == ')')
            {
                if (stack.Count == 1)
                    return Error(errors, text, p, "encountered extra closing ')' creating unbalanced parentheses while parsing pipeline");
                stack.RemoveAt(stack.Count - 1);
                p = SkipSpace(text, p + 1);
            }
            if (p == text.Length)
                break;
            if (text[p] != ',')
                return Error(errors, text, p, "expected ',' after parsing pipeline");
            p++;
        }
        if (stack.Count > 1)
            return Error(errors, text, p, "encountered unbalanced parentheses while parsing pipeline");
        return Resolve(root, registry, text, errors) ? root : null;
    }

    private static int SkipSpace(string text, int p)
    {
        while (p < text.Length && char.IsWhiteSpace(text[p]))
            p++;
        return p;
    }

    private static bool Resolve(List<Element> elements, PassRegistry registry, string text, StringBuilder errors)
    {
        var work = new Stack<Element>();
        for (int i = elements.Count - 1; i >= 0; i--)
            work.Push(elements[i]);
        while (work.Count > 0)
        {
            var e = work.Pop();
            if (e.Inner.Count > 0)
            {
                for (int i = e.Inner.Count - 1; i >= 0; i--)
                    work.Push(e.Inner[i]);
                continue;
            }
            e.Entry = registry.Lookup(e.Name);
            if (e.Entry == null)
            {
                Error(errors, text, e.NamePosition, "'" + e.Name + "' does not refer to a registered pass or pass pipeline");
                return false;
            }
        }
        return true;
    }

    /// <summary>Adds <paramref name="elements"/> to <paramref name="pm"/>; on failure appends MLIR's "failed to
    /// add" lines, innermost first.</summary>
    public static bool AddToPipeline(List<Element> elements, OpPassManager pm, StringBuilder errors)
    {
        foreach (var e in elements)
        {
            if (e.Entry != null)
            {
                if (!e.Entry.TryAddToPipeline(pm, e.Options, out string? error))
                {
                    errors.Append(error).Append('\n');
                    errors.Append("failed to add `").Append(e.Name).Append("` with options `").Append(e.Options).Append("`\n");
                    return false;
                }
            }
            else if (!AddToPipeline(e.Inner, pm.Nest(e.Name), errors))
            {
                errors.Append("failed to add `").Append(e.Name).Append("` with options `").Append(e.Options).Append("` to inner pipeline\n");
                return false;
            }
        }
        return true;
    }

    /// <summary>Appends an LLVM SourceMgr style error at offset <paramref name="position"/> of
    /// <paramref name="text"/>; returns null for the caller to return.</summary>
    private static List<Element>? Error(StringBuilder errors, string text, int position, string message)
    {
        int line = 1, lineStart = 0;
        for (int i = 0; i < position && i < text.Length; i++)
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        int lineEnd = text.IndexOf('\n', lineStart);
        string source = lineEnd < 0 ? text.Substring(lineStart) : text.Substring(lineStart, lineEnd - lineStart);
        int column = position - lineStart + 1;
        errors.Append("MLIR Textual PassPipeline Parser:").Append(line).Append(':').Append(column)
            .Append(": error: ").Append(message).Append('\n')
            .Append(source).Append('\n')
            .Append(' ', column - 1).Append("^\n");
        return null;
    }
}
