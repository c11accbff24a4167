using System.Collections.Generic;
using Dialectic.Core.IR;

namespace Dialectic.Core.Interfaces;

/// <summary>
/// MLIR's <c>MemoryEffectOpInterface::getEffects</c>: appends the op's own memory effects (not those of nested
/// ops) to <paramref name="effects"/>. An op with this hook declares its effects exactly; adding nothing means
/// "no memory effect" (MLIR's <c>NoMemoryEffect</c>).
/// </summary>
public delegate void OpEffectsHook(Operation op, List<MemoryEffectInstance> effects);

/// <summary>MLIR's <c>ConditionallySpeculatable::getSpeculatability</c>.</summary>
public delegate Speculatability OpSpeculatabilityHook(Operation op);

/// <summary>MLIR's <c>BranchOpInterface::getSuccessorOperands</c>: the operands forwarded to successor
/// <paramref name="index"/>.</summary>
public delegate SuccessorOperands OpSuccessorOperandsHook(Operation op, int index);
