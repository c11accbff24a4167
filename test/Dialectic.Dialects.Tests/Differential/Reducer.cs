using System;
using System.Collections.Generic;

namespace Dialectic.Dialects.Tests.Differential;

/// <summary>
/// Shrinks a program that shows a mismatch to a small reproducer: deletes ranges of lines (halves, quarters, ...
/// single lines) as long as the result still shows the same mismatch. All deletions of one granularity are tried
/// in one batch (one mlir-opt process), so a reduction costs a few dozen tool runs.
/// </summary>
internal static class Reducer
{
    /// <summary>
    /// Reduces <paramref name="program"/>. <paramref name="classify"/> gives, for a batch of candidate programs,
    /// the mismatch key of each (null when the candidate is invalid for mlir-opt or shows no mismatch); a candidate
    /// is kept when its key is <paramref name="key"/>.
    /// </summary>
    public static string Reduce(string program, string key, Func<List<string>, string?[]> classify, DateTime deadline)
    {
        var lines = new List<string>(program.TrimEnd('\n').Split('\n'));
        int chunk = System.Math.Max(1, lines.Count / 2);
        while (chunk >= 1 && DateTime.UtcNow < deadline)
        {
            var candidates = new List<List<string>>();
            var texts = new List<string>();
            for (int start = 0; start < lines.Count; start += chunk)
            {
                var c = new List<string>(lines);
                c.RemoveRange(start, System.Math.Min(chunk, lines.Count - start));
                if (c.Count == 0)
                    continue;
                candidates.Add(c);
                texts.Add(string.Join('\n', c) + "\n");
            }
            string?[] keys = classify(texts);
            int found = -1;
            for (int i = 0; i < keys.Length; i++)
            {
                if (keys[i] == key)
                {
                    found = i;
                    break;
                }
            }
            if (found >= 0)
            {
                lines = candidates[found];
                chunk = System.Math.Min(chunk, System.Math.Max(1, lines.Count / 2));
            }
            else if (chunk == 1)
            {
                break;
            }
            else
            {
                chunk /= 2;
            }
        }
        return string.Join('\n', lines) + "\n";
    }
}
