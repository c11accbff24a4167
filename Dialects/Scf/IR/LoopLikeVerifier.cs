using Dialectic.Core.IR;

namespace Dialectic.Dialects.Scf;

/// <summary>
/// MLIR's LoopLikeOpInterface verification (run after the loop's body is verified): inits, region iter_args,
/// yielded values and loop results agree in number and type.
/// Iter_args are the body's arguments from <c>firstIterArg</c> on. O(values).
/// </summary>
internal static class LoopLikeVerifier
{
    /// <summary>Checks the loop; <paramref name="hasLoopResults"/> is false for loops whose results are not loop
    /// results (MLIR's <c>std::nullopt</c>).</summary>
    public static bool Verify(Operation op, System.ReadOnlySpan<OpOperand> inits, Block body, int firstIterArg,
        System.ReadOnlySpan<OpOperand> yielded, bool hasLoopResults)
    {
        int numIterArgs = System.Math.Max(0, body.NumArguments - firstIterArg);
        if (inits.Length != numIterArgs)
            return NestedOps.RegionError(op, $"different number of inits and region iter_args: {inits.Length} != {numIterArgs}");
        if (yielded.Length != 0 && numIterArgs != yielded.Length)
            return NestedOps.RegionError(op, $"different number of region iter_args and yielded values: {numIterArgs} != {yielded.Length}");
        var results = op.Results;
        if (hasLoopResults && results.Length != numIterArgs)
            return NestedOps.RegionError(op, $"different number of loop results and region iter_args: {results.Length} != {numIterArgs}");
        for (int i = 0; i < numIterArgs; i++)
        {
            var iterType = body.GetArgument(firstIterArg + i).Type;
            if (!ReferenceEquals(inits[i].Value.Type, iterType))
                return NestedOps.RegionError(op, $"{i}-th init and {i}-th region iter_arg have different type: '{inits[i].Value.Type}' != '{iterType}'");
            if (yielded.Length != 0 && !ReferenceEquals(iterType, yielded[i].Value.Type))
                return NestedOps.RegionError(op, $"{i}-th region iter_arg and {i}-th yielded value have different type: '{iterType}' != '{yielded[i].Value.Type}'");
        }
        if (hasLoopResults)
            for (int i = 0; i < numIterArgs; i++)
            {
                // MLIR's message numbers every loop result 0 here (its counter is not advanced in this loop).
                var iterType = body.GetArgument(firstIterArg + i).Type;
                if (!ReferenceEquals(iterType, results[i].Type))
                    return NestedOps.RegionError(op, $"0-th region iter_arg and 0-th loop result have different type: '{iterType}' != '{results[i].Type}'");
            }
        return true;
    }
}
