using System.Collections.Generic;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;
using Dialectic.Core.Support;
using Dialectic.Core.Syntax;
using Xunit;

namespace Dialectic.Core.Tests.Syntax;

/// <summary>
/// The core hooks a dialect uses for its own syntax: <see cref="DialectType.AsmBody"/> (printing <c>!ns.body</c>,
/// nested dialect types written without the prefix by the dialect) and the punctuation parsers
/// <see cref="OpAsmParser.ParseOptionalVerticalBar"/> and <see cref="OpAsmParser.ParseOptionalEllipsis"/>.
/// </summary>
public sealed class DialectTypePrintingTests
{
    /// <summary>
    /// <c>!dt.leaf</c>, <c>!dt.box&lt;T&gt;</c> (a nested dt type prints without <c>!dt.</c>, as llvm's do) and
    /// <c>!dt.raw</c> types with an arbitrary body. Counts how often the printer asks for a body.
    /// </summary>
    private sealed class DtType : DialectType
    {
        private readonly string _body;

        private DtType(Dialect dialect, string body) : base(dialect) => _body = body;

        public int BodyReads;

        public override string AsmBody
        {
            get
            {
                BodyReads++;
                return _body;
            }
        }

        public static DtType Get(Dialect dialect, string body) => dialect.Context.Uniquer.Get(new DtType(dialect, body));

        public static DtType Box(Dialect dialect, Type inner) =>
            Get(dialect, "box<" + (inner is DtType d ? d._body : inner.ToString()) + ">");

        protected override int KeyHash() => _body.GetHashCode();

        protected override bool KeyEquals(Uniqued other) => ((DtType)other)._body == _body;
    }

    /// <summary>The <c>dt</c> dialect: its types, and <c>dt.flags a | b ...</c>, an op with a custom form.</summary>
    private sealed class DtDialect(Context context) : Dialect(context, "dt")
    {
        protected override void Initialize()
        {
            AddOperation(new OperationInfo("dt.flags") { Parse = ParseFlags });
        }

        // dt.flags keyword (`|` keyword)* `...`?  ->  {flags = "a|b", variadic}
        private static bool ParseFlags(OpAsmParser parser, OperationState state)
        {
            var names = new List<string>();
            do
            {
                if (!parser.ParseOptionalKeyword(out string keyword))
                    return parser.EmitError("expected keyword");
                names.Add(keyword);
            }
            while (parser.ParseOptionalVerticalBar());
            state.AddAttribute("flags", StringAttr.Get(parser.Context, string.Join("|", names)));
            if (parser.ParseOptionalEllipsis())
                state.AddAttribute("variadic", UnitAttr.Get(parser.Context));
            return true;
        }

        public override Type? ParseType(DialectAsmParser parser) => ParseBody(parser.Body);

        private Type? ParseBody(string body)
        {
            if (body == "leaf")
                return DtType.Get(this, "leaf");
            if (body.StartsWith("box<", System.StringComparison.Ordinal) && body.EndsWith('>'))
            {
                string inner = body[4..^1];
                var type = inner.StartsWith("leaf", System.StringComparison.Ordinal) || inner.StartsWith("box<", System.StringComparison.Ordinal)
                    ? ParseBody(inner)
                    : SourceParser.ParseType(Context, inner);
                return type == null ? null : DtType.Box(this, type);
            }
            return null;
        }
    }

    private static (Context Context, DtDialect Dialect) NewContext()
    {
        var ctx = new Context { AllowUnregisteredDialects = true };
        var dialect = new DtDialect(ctx);
        ctx.RegisterDialect(dialect);
        return (ctx, dialect);
    }

    private static string PrintModule(Context ctx, string source, List<string>? diagnostics = null)
    {
        Block? block = null;
        using (ctx.Diagnostics.AddHandler(d =>
               {
                   diagnostics?.Add(d.Message);
                   return true;
               }))
            block = SourceParser.ParseSource(ctx, source, new ParserOptions { FileName = "t.mlir" });
        if (block == null)
            return "";
        var op = block.FirstOp!;
        op.Remove();
        var sw = new System.IO.StringWriter();
        BigStack.Run(() =>
        {
            AsmPrinter.PrintTopLevel(op, sw, new PrintingFlags { PrintGenericOpForm = true });
            return 0;
        });
        return sw.ToString();
    }

    [Fact]
    public void DialectTypePrintsNamespaceAndBody()
    {
        var (ctx, dt) = NewContext();
        var leaf = DtType.Get(dt, "leaf");
        Assert.Equal("!dt.leaf", leaf.ToString());
        Assert.Equal("!dt.box<i32>", DtType.Box(dt, ctx.I(32)).ToString());
        // The nested dialect type is written by the dialect, without its prefix.
        Assert.Equal("!dt.box<box<leaf>>", DtType.Box(dt, DtType.Box(dt, leaf)).ToString());
    }

    [Fact]
    public void BodyThatIsNotAnIdentifierPrintsInAngleBrackets()
    {
        var (_, dt) = NewContext();
        Assert.Equal("!dt<9x>", DtType.Get(dt, "9x").ToString());
        Assert.Equal("!dt<a b>", DtType.Get(dt, "a b").ToString());
        Assert.Equal("!dt.a.b_c<1 x (2)>", DtType.Get(dt, "a.b_c<1 x (2)>").ToString());
    }

    [Fact]
    public void DialectTypesInsideBuiltinTypesRoundTrip()
    {
        var (ctx, _) = NewContext();
        const string source = """
            "builtin.module"() ({
              %0 = "t.op"() : () -> !dt.box<box<leaf>>
              %1 = "t.op"() : () -> tuple<!dt.leaf, i32>
              "t.use"(%0, %1) : (!dt.box<box<leaf>>, tuple<!dt.leaf, i32>) -> ()
              %2 = "t.op"() : () -> ((!dt.leaf) -> !dt.box<f32>)
            }) : () -> ()
            """;
        string printed = PrintModule(ctx, source);
        Assert.Contains("%0 = \"t.op\"() : () -> !dt.box<box<leaf>>", printed);
        Assert.Contains("%1 = \"t.op\"() : () -> tuple<!dt.leaf, i32>", printed);
        Assert.Contains("\"t.use\"(%0, %1) : (!dt.box<box<leaf>>, tuple<!dt.leaf, i32>) -> ()", printed);
        Assert.Contains("%2 = \"t.op\"() : () -> ((!dt.leaf) -> !dt.box<f32>)", printed);
        // The printed text parses back to the same text.
        Assert.Equal(printed, PrintModule(ctx, printed));
    }

    [Fact]
    public void PrintedTextIsCachedPerType()
    {
        var (_, dt) = NewContext();
        var type = DtType.Get(dt, "cached");
        Assert.Equal("!dt.cached", type.ToString());
        Assert.Equal("!dt.cached", type.ToString());
        Assert.Equal(1, type.BodyReads);
    }

    // `y...` would be one bare identifier (identifiers may contain dots, as in MLIR), hence the space.
    [Fact]
    public void VerticalBarAndEllipsisParse()
    {
        var (ctx, _) = NewContext();
        const string source = """
            "builtin.module"() ({
              dt.flags a | b | c
              dt.flags only ...
              dt.flags x|y ...
            }) : () -> ()
            """;
        string printed = PrintModule(ctx, source);
        Assert.Contains("\"dt.flags\"() {flags = \"a|b|c\"} : () -> ()", printed);
        Assert.Contains("\"dt.flags\"() {flags = \"only\", variadic} : () -> ()", printed);
        Assert.Contains("\"dt.flags\"() {flags = \"x|y\", variadic} : () -> ()", printed);
    }

    [Fact]
    public void VerticalBarWithoutKeywordIsALocatedError()
    {
        var (ctx, _) = NewContext();
        var diagnostics = new List<string>();
        PrintModule(ctx, """
            "builtin.module"() ({
              dt.flags a |
            }) : () -> ()
            """, diagnostics);
        Assert.Equal(["custom op 'dt.flags' expected keyword"], diagnostics);
    }

    [Fact]
    public void OptionalPunctuationConsumesNothingWhenAbsent()
    {
        var (ctx, _) = NewContext();
        // `||` is two bars: the second is not consumed as part of the first, and follows no keyword.
        var diagnostics = new List<string>();
        PrintModule(ctx, """
            "builtin.module"() ({
              dt.flags a || b
            }) : () -> ()
            """, diagnostics);
        Assert.Equal(["custom op 'dt.flags' expected keyword"], diagnostics);
    }
}
