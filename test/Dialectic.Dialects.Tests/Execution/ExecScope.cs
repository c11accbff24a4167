using System.Collections.Generic;

namespace Dialectic.Dialects.Tests.Execution;

/// <summary>
/// What one region, or one structured part of a function's control-flow graph, defines: the values and memrefs
/// visible to code nested in it, the pure expressions it emitted (re-emitted later to give CSE something to
/// do), and the allocations it must free before it ends.
/// </summary>
internal sealed class ExecScope(bool inLoop)
{
    /// <summary>Whether code in this scope may run more than once per function call (a loop body); no
    /// <c>memref.alloca</c> is emitted there.</summary>
    public bool InLoop { get; } = inLoop;

    public List<ExecValue> Values { get; } = [];

    public List<ExecMemRef> MemRefs { get; } = [];

    /// <summary>Right-hand sides of pure operations defined here, with the facts of their result.</summary>
    public List<(string Rhs, ExecType Type, ulong UMax, double Bound, bool Dynamic)> Exprs { get; } = [];

    /// <summary><c>memref.alloc</c>s made in this scope, freed when it closes.</summary>
    public List<ExecMemRef> Allocs { get; } = [];
}
