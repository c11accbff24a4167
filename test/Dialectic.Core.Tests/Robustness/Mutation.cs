using System;
using System.Text;

namespace Dialectic.Core.Tests.Robustness;

/// <summary>
/// One edit of an MLIR text. <see cref="Position"/>, <see cref="Length"/> and <see cref="Choice"/> are raw
/// random numbers, reduced modulo the text length or table size when applied, so that a mutation list is
/// meaningful for any input and shrinks towards small edits near the start.
/// </summary>
internal readonly record struct Mutation(MutationKind Kind, int Position, int Length, int Choice)
{
    /// <summary>Tokens and fragments worth inserting: brackets, sigils, absurd numbers, keywords.</summary>
    private static readonly string[] Fragments =
    [
        "{", "}", "(", ")", "[", "]", "<", ">", "\"", ":", ",", "=", "->", "?", "*", "x", "-", "+", "|", "...",
        "%0", "%1#1", "%arg0", "^bb0", "^bb1:", "#map", "#t<", "!t.x<", "@sym", "@\"s\"", "loc(", "#loc", ")",
        "0x", "0x7FC00000", "999999999999999999999999", "-9223372036854775809", "1.5e400", "i99999999",
        "i16777216", "si0", "f80", "bf16", "index", "none", "tensor<", "memref<", "vector<[", "tuple<",
        "complex<", "dense<", "sparse<", "dense_resource<", "array<i32:", "affine_map<(d0) -> (", "affine_set<",
        "strided<[", "distinct[", "unit", "true", "false", "floordiv", "mod", "ceildiv", "to", "at", "callsite(",
        "fused[", "unknown", "{-#", "#-}", "dialect_resources", "\n// -----\n", "//", "\0", "\u00ff", "\ud800",
        "\\", "\\\"", "\n", "\"t.op\"() : () -> ()\n", "%5 = \"t.v\"() : () -> i32\n", "module {", "attributes",
        "({", "})", "<{", "}>", "4x", "?x", "0x0x", "xf32", "x[4]", "offset: ", "#-", "{-",
    ];

    /// <summary>Applies this edit; <paramref name="donor"/> supplies text for splicing.</summary>
    public string Apply(string text, string donor)
    {
        int n = text.Length;
        int pos = n == 0 ? 0 : (int)((uint)Position % (uint)(n + 1));
        int len = 1 + (int)((uint)Length % 64);
        int end = Math.Min(n, pos + len);
        switch (Kind)
        {
            case MutationKind.ReplaceChar:
                if (pos >= n)
                    return text + (char)(Choice & 0xFF);
                return string.Concat(text.AsSpan(0, pos), ((char)(Choice & 0xFF)).ToString(), text.AsSpan(pos + 1));
            case MutationKind.FlipBit:
                if (pos >= n)
                    return text;
                return string.Concat(text.AsSpan(0, pos), ((char)(text[pos] ^ (1 << (Choice & 7)))).ToString(), text.AsSpan(pos + 1));
            case MutationKind.Delete:
                return string.Concat(text.AsSpan(0, pos), text.AsSpan(end));
            case MutationKind.Duplicate:
                return string.Concat(text.AsSpan(0, end), text.AsSpan(pos, end - pos), text.AsSpan(end));
            case MutationKind.Truncate:
                return text.Substring(0, pos);
            case MutationKind.InsertFragment:
            {
                string fragment = Fragments[(int)((uint)Choice % (uint)Fragments.Length)];
                var sb = new StringBuilder(n + fragment.Length * 4);
                sb.Append(text, 0, pos);
                // Occasionally many copies: unbalanced nesting.
                int copies = (Choice & 0x300) == 0x300 ? 1 + (Length & 0xFFF) : 1;
                for (int i = 0; i < copies; i++)
                    sb.Append(fragment);
                sb.Append(text, pos, n - pos);
                return sb.ToString();
            }
            case MutationKind.Splice:
            {
                if (donor.Length == 0)
                    return text;
                int from = (int)((uint)Choice % (uint)donor.Length);
                int take = Math.Min(donor.Length - from, 1 + (int)((uint)Length % 256));
                return string.Concat(text.AsSpan(0, pos), donor.AsSpan(from, take), text.AsSpan(pos));
            }
            case MutationKind.SwapRanges:
            {
                int other = n == 0 ? 0 : (int)((uint)Choice % (uint)n);
                if (other < end)
                    return text;
                int otherEnd = Math.Min(n, other + len);
                return new StringBuilder(n).Append(text, 0, pos).Append(text, other, otherEnd - other)
                    .Append(text, end, other - end).Append(text, pos, end - pos).Append(text, otherEnd, n - otherEnd).ToString();
            }
            default:
                throw new ArgumentOutOfRangeException(nameof(Kind), Kind, null);
        }
    }

    public override string ToString() => $"{Kind}@{Position}/{Length}/{Choice}";
}
