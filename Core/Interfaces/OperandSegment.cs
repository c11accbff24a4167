namespace Dialectic.Core.Interfaces;

/// <summary>
/// Element <see cref="Index"/> of the i32 array property <see cref="Property"/> (<c>operandSegmentSizes</c>,
/// <c>case_operand_segments</c>) that counts a range of operands; kept in step when the range grows or shrinks.
/// </summary>
public readonly record struct OperandSegment(string Property, int Index);
