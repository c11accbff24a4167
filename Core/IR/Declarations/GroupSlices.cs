using System.Collections.Generic;

namespace Dialectic.Core.IR.Declarations;

/// <summary>List views used by generated accessors of variadic region and successor groups.</summary>
public static class GroupSlices
{
    /// <summary>Items <paramref name="start"/> .. start+count of <paramref name="list"/>; the list itself when
    /// that is all of it (no copy), a copy otherwise (O(count)).</summary>
    public static IReadOnlyList<T> Slice<T>(IReadOnlyList<T> list, int start, int count)
    {
        if (start == 0 && count == list.Count)
            return list;
        if (count <= 0)
            return [];
        var items = new T[count];
        for (int i = 0; i < count; i++)
            items[i] = list[start + i];
        return items;
    }

    /// <summary>The successor blocks of <paramref name="op"/> (O(successors)).</summary>
    public static IReadOnlyList<Block> Successors(Operation op)
    {
        var blocks = new Block[op.NumSuccessors];
        for (int i = 0; i < blocks.Length; i++)
            blocks[i] = op.GetSuccessor(i);
        return blocks;
    }
}
