using System.Collections.Generic;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;

namespace Dialectic.Core.Interfaces;

/// <summary>
/// What a dialect tells the inliner about its ops (MLIR's <c>DialectInlinerInterface</c>), registered with
/// <see cref="Dialect.AddInterface{T}"/>. Every answer defaults to "no": an op whose dialect registers no inliner
/// interface (or an unregistered op) is never inlined, and a call is only inlined when every op of the callee body
/// is legal. <paramref name="wouldBeCloned"/> arguments are true when the callee stays in place and its body is
/// copied (the usual case for <c>func.call</c>).
/// </summary>
public abstract class InlinerInterface
{
    /// <summary>The interface registered on <paramref name="op"/>'s dialect, or null.</summary>
    public static InlinerInterface? For(Operation op) => op.Name.Info?.Dialect?.GetInterface<InlinerInterface>();

    /// <summary>Whether <paramref name="call"/> (an op of this dialect) may be replaced by the body of
    /// <paramref name="callable"/>.</summary>
    public virtual bool IsLegalToInline(Operation call, Operation callable, bool wouldBeCloned) => false;

    /// <summary>Whether <paramref name="source"/>, a region of an op of this dialect, may be inlined into
    /// <paramref name="destination"/>.</summary>
    public virtual bool IsLegalToInline(Region destination, Region source, bool wouldBeCloned, IRMapping mapping) => false;

    /// <summary>Whether <paramref name="op"/>, an op of this dialect in the inlined body, may be moved or copied into
    /// <paramref name="destination"/>.</summary>
    public virtual bool IsLegalToInline(Operation op, Region destination, bool wouldBeCloned, IRMapping mapping) => false;

    /// <summary>
    /// Whether ops nested in <paramref name="op"/>'s regions should be checked one by one (the default); false
    /// means <paramref name="op"/>'s own answer covers its body.
    /// </summary>
    public virtual bool ShouldAnalyzeRecursively(Operation op) => true;

    /// <summary>
    /// Rewrites <paramref name="op"/>, a terminator of an inlined multi-block body, into a branch to
    /// <paramref name="newDestination"/> passing the returned values (which become that block's arguments).
    /// </summary>
    public virtual void HandleTerminator(Operation op, Block newDestination) { }

    /// <summary>
    /// Handles <paramref name="op"/>, the terminator of an inlined single-block body: replaces the uses of
    /// <paramref name="valuesToReplace"/> (the call's results) with the returned values. The inliner erases
    /// <paramref name="op"/> afterwards.
    /// </summary>
    public virtual void HandleTerminator(Operation op, IReadOnlyList<Value> valuesToReplace) { }

    /// <summary>
    /// Creates an op converting <paramref name="input"/> to <paramref name="resultType"/> where a call's argument or
    /// result type differs from the callee's (MLIR's <c>materializeCallConversion</c>); null when the dialect
    /// cannot, which stops the inlining of that call.
    /// </summary>
    public virtual Operation? MaterializeCallConversion(OpBuilder builder, Value input, Type resultType, LocationAttr location) => null;
}
