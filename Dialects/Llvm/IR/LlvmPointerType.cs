using System.Text;
using Dialectic.Core.IR;
using Dialectic.Core.Support;

namespace Dialectic.Dialects.Llvm;

/// <summary><c>!llvm.ptr</c> or <c>!llvm.ptr&lt;3&gt;</c>: an opaque pointer in an address space (0 by default,
/// and then not printed).</summary>
public sealed class LlvmPointerType : LlvmType
{
    private LlvmPointerType(LlvmDialect dialect, uint addressSpace) : base(dialect) => AddressSpace = addressSpace;

    /// <summary>The address space; 0 is the default one.</summary>
    public uint AddressSpace { get; }

    /// <summary>The uniqued pointer type of <paramref name="addressSpace"/>.</summary>
    public static LlvmPointerType Get(Context context, uint addressSpace = 0) =>
        Unique(new LlvmPointerType(LlvmDialect.Of(context), addressSpace));

    private protected override void WriteBody(StringBuilder sb)
    {
        sb.Append("ptr");
        if (AddressSpace != 0)
            sb.Append('<').Append(AddressSpace).Append('>');
    }

    protected override int KeyHash() => (int)AddressSpace * 31 + 7;

    protected override bool KeyEquals(Uniqued other) => other is LlvmPointerType p && p.AddressSpace == AddressSpace;
}
