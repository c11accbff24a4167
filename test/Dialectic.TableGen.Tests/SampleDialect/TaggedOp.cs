using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.IR.Declarations;
using Dialectic.Core.Syntax;

namespace Dialectic.TableGen.Tests.SampleDialect;

[Op("test", "tagged", Summary = "A value with a tag written by a custom directive")]
[AllTypesMatch("input", "result")]
[AssemblyFormat("custom<Tag>($tag) $input prop-dict attr-dict `:` type($input)")]
public sealed partial class TaggedOp : Operation
{
    [Operand]
    public partial Value Input { get; }

    [Result]
    public partial Value Result { get; }

    [Property]
    public partial IntegerAttr Tag { get; }

    [Property]
    public partial StringAttr? Note { get; }

    // custom<Tag>: `tag(` attribute `)`.
    private static bool ParseTag(OpAsmParser parser, ref Attribute? tag)
    {
        parser.ParseKeyword("tag");
        parser.ParseLParen();
        tag = parser.ParseAttribute();
        parser.ParseRParen();
        return true;
    }

    private static void PrintTag(OpAsmPrinter printer, TaggedOp op, Attribute? tag)
    {
        printer.Write("tag(");
        printer.PrintAttribute(tag!);
        printer.Write(')');
    }
}
