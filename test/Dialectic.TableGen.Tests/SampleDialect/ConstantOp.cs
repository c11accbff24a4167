using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Declarations;
using Dialectic.Core.Syntax;

namespace Dialectic.TableGen.Tests.SampleDialect;

/// <summary>Custom syntax written by hand (no assembly format): <c>test.constant 5 : i32</c>.</summary>
[Op("test", "constant", Summary = "An integer constant")]
[Traits(OpTraits.Pure, OpTraits.ConstantLike)]
public sealed partial class ConstantOp : Operation
{
    [Property]
    public partial IntegerAttr Value { get; }

    [Result(Constraint = TypeConstraint.AnySignlessInteger)]
    public partial Value Result { get; }

    // Result-name hook, as arith.constant's: %c42_i16.
    private void GetAsmResultNames(AsmSetValueName setName) => setName(Result, $"c{Value.SignedValue}_{Result.Type}");

    private static bool Parse(OpAsmParser parser, OperationState state)
    {
        if (parser.ParseAttribute() is not IntegerAttr value)
            return parser.EmitError("expected an integer attribute");
        state.ResultTypes.Add(value.Type);
        state.Properties = DictionaryAttr.Get(parser.Context, [new NamedAttribute("value", value)]);
        parser.ParseOptionalAttrDict();
        return true;
    }

    private void Print(OpAsmPrinter printer)
    {
        printer.Write(' ');
        printer.PrintAttribute(Value);
        printer.PrintOptionalAttrDict(Attributes);
    }

    private bool Verify() =>
        ReferenceEquals(Value.Type, Result.Type) || EmitOpError("requires attribute's type to match op's return type");
}
