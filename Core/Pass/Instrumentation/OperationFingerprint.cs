using System;
using System.Runtime.CompilerServices;
using Dialectic.Core.IR;

namespace Dialectic.Core.Pass.Instrumentation;

/// <summary>
/// A 128-bit hash of an op and everything nested in it (MLIR's <c>OperationFingerPrint</c>): identities of ops,
/// blocks and operand values, names, attributes, properties, locations and types, so any change to the IR made by
/// a pass changes it (up to hash collisions). O(size of the op).
/// </summary>
internal readonly record struct OperationFingerprint(ulong Low, ulong High)
{
    public static OperationFingerprint Compute(Operation root)
    {
        ulong a = 0x9E3779B97F4A7C15UL, b = 0xC2B2AE3D27D4EB4FUL;
        void Mix(object? o)
        {
            ulong h = o == null ? 0x51ED27UL : (ulong)(uint)RuntimeHelpers.GetHashCode(o) | ((ulong)(uint)(o.GetType().GetHashCode()) << 32);
            a = (a ^ h) * 0x100000001B3UL;
            a ^= a >> 29;
            b = BitRotate(b + h * 0xFF51AFD7ED558CCDUL, 31) * 0xC4CEB9FE1A85EC53UL;
        }
        root.Walk(op =>
        {
            Mix(op);
            Mix(op.Name);
            Mix(op.Location);
            Mix(op.Properties);
            Mix(op.Attributes);
            foreach (var operand in op.OpOperands)
                Mix(operand.Value);
            foreach (var result in op.Results)
                Mix(result.Type);
            for (int i = 0; i < op.NumSuccessors; i++)
                Mix(op.GetSuccessor(i));
            foreach (var region in op.Regions)
                for (var block = region.FirstBlock; block != null; block = block.NextBlock)
                {
                    Mix(block);
                    foreach (var arg in block.Arguments)
                    {
                        Mix(arg);
                        Mix(arg.Type);
                    }
                }
        }, WalkOrder.PreOrder);
        return new OperationFingerprint(a, b);
    }

    private static ulong BitRotate(ulong x, int r) => (x << r) | (x >> (64 - r));
}
