using Dialectic.Core.IR;
using Dialectic.Core.IR.Types;

namespace Dialectic.Dialects.Math;

/// <summary>
/// The type checks of MLIR's <c>Elementwise</c> and <c>SameOperandsAndResultShape</c> traits that an op verifier
/// needs in MLIR's order (Core's trait verifier runs after op verifiers). O(types × rank).
/// </summary>
internal static class Elementwise
{
    /// <summary>
    /// MLIR's <c>verifyCompatibleShapes</c>: all scalars, or all shaped with equal ranks and dims equal or dynamic.
    /// </summary>
    public static bool CompatibleShapes(params Type[] types)
    {
        bool anyShaped = false, anyScalar = false;
        ShapedType? ranked = null;
        foreach (var t in types)
        {
            if (t is not ShapedType shaped)
            {
                anyScalar = true;
                continue;
            }
            anyShaped = true;
            if (!shaped.HasRank)
                continue;
            if (ranked == null)
            {
                ranked = shaped;
                continue;
            }
            if (ranked.Shape.Length != shaped.Shape.Length)
                return false;
            for (int i = 0; i < shaped.Shape.Length; i++)
            {
                long a = ranked.Shape[i], b = shaped.Shape[i];
                if (a != b && a != ShapedType.Dynamic && b != ShapedType.Dynamic)
                    return false;
            }
        }
        return !(anyShaped && anyScalar);
    }

    /// <summary>
    /// The vector and tensor types among <paramref name="types"/> are all of one kind (MLIR's base TypeID).
    /// </summary>
    public static bool SameKinds(params Type[] types)
    {
        System.Type? kind = null;
        foreach (var t in types)
        {
            if (t is not (VectorType or RankedTensorType or UnrankedTensorType))
                continue;
            kind ??= t.GetType();
            if (kind != t.GetType())
                return false;
        }
        return true;
    }
}
