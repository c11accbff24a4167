using Dialectic.Core.IR.Declarations;

namespace Dialectic.Dialects.Llvm;

/// <summary>The atomic ordering of <c>llvm.load</c>/<c>llvm.store</c> (<c>ordering = N : i64</c>).</summary>
[EnumAttr("llvm", "atomic_ordering")]
public enum AtomicOrdering : long
{
    [EnumCase("not_atomic")] NotAtomic = 0,
    [EnumCase("unordered")] Unordered = 1,
    [EnumCase("monotonic")] Monotonic = 2,
    [EnumCase("acquire")] Acquire = 4,
    [EnumCase("release")] Release = 5,
    [EnumCase("acq_rel")] AcqRel = 6,
    [EnumCase("seq_cst")] SeqCst = 7,
}
