using System;
using System.Collections.Generic;
using System.Globalization;

namespace Dialectic.Core.IR.Affine;

/// <summary>
/// Parses the text of MLIR affine maps and integer sets (what appears between <c>affine_map&lt;</c> /
/// <c>affine_set&lt;</c> and the matching <c>&gt;</c>). Dimension and symbol names may be any bare identifiers;
/// expressions are built through <see cref="AffineExpr"/>'s simplifying factories in the same order MLIR's
/// parser builds them, so printing the result reproduces mlir-opt's output. Errors use mlir-opt's wording and
/// report the character offset within the given text (the first error only).
/// </summary>
public static class AffineParser
{
    /// <summary>Parses an affine map such as <c>(d0)[s0] -> (d0 + s0)</c>; the whole text must be consumed.</summary>
    public static AffineMap? ParseMap(Context ctx, string text, out string? error, out int errorOffset)
    {
        if (!ParseMapOrSet(ctx, text, out var map, out var set, out error, out errorOffset))
            return null;
        if (map is null && set is not null)
        {
            (error, errorOffset) = ("expected AffineMap, but got IntegerSet", 0);
            return null;
        }
        return map;
    }

    /// <summary>
    /// Parses an integer set such as <c>(d0)[s0] : (d0 - s0 >= 0)</c>; the whole text must be consumed.
    /// </summary>
    public static IntegerSet? ParseIntegerSet(Context ctx, string text, out string? error, out int errorOffset)
    {
        if (!ParseMapOrSet(ctx, text, out var map, out var set, out error, out errorOffset))
            return null;
        if (set is null && map is not null)
        {
            (error, errorOffset) = ("expected IntegerSet, but got AffineMap", 0);
            return null;
        }
        return set;
    }

    /// <summary>
    /// Parses either form; on success exactly one of <paramref name="map"/> / <paramref name="set"/> is non-null.
    /// The whole text (up to trailing whitespace/comments) must be consumed.
    /// </summary>
    public static bool ParseMapOrSet(Context ctx, string text, out AffineMap? map, out IntegerSet? set,
        out string? error, out int errorOffset)
    {
        if (!ParseMapOrSetPrefix(ctx, text, 0, out map, out set, out int end, out error, out errorOffset))
            return false;
        var lexer = new AffineLexer(text, end);
        var trailing = lexer.Next();
        if (trailing.Kind == AffineTokenKind.Eof)
            return true;
        if (trailing.Kind == AffineTokenKind.Error)
        {
            error = lexer.LastError;
            errorOffset = lexer.LastErrorOffset;
        }
        else
        {
            error = map is not null ? "expected '>' in affine map" : "expected '>' in integer set";
            errorOffset = Impl.BackUpOverWhitespace(text, 0, trailing.Start);
        }
        map = null;
        set = null;
        return false;
    }

    /// <summary>
    /// Parses a map or set starting at <paramref name="start"/> and stops right after its closing parenthesis;
    /// <paramref name="end"/> is the offset just past it. Lets an attribute parser find the closing <c>&gt;</c>
    /// without scanning (an integer set's <c>&gt;=</c> contains a <c>&gt;</c>). Offsets are within
    /// <paramref name="text"/>.
    /// </summary>
    public static bool ParseMapOrSetPrefix(Context ctx, string text, int start, out AffineMap? map,
        out IntegerSet? set, out int end, out string? error, out int errorOffset)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start, text.Length);
        var parser = new Impl(ctx, text, start);
        bool ok = parser.ParseMapOrSet(out map, out set);
        end = parser.LastTokenEnd;
        error = parser.Error;
        errorOffset = parser.ErrorOffset;
        if (!ok)
        {
            map = null;
            set = null;
        }
        return ok;
    }

    private enum HighOp
    {
        None,
        Mul,
        FloorDiv,
        CeilDiv,
        Mod,
    }

    private enum LowOp
    {
        None,
        Add,
        Sub,
    }

    /// <summary>Recursive-descent parser state; one instance per parse.</summary>
    private sealed class Impl
    {
        // Bound on nesting of parentheses and unary minus, the only truly recursive constructs.
        private const int MaxNesting = 1000;

        private readonly Context _ctx;
        private readonly string _text;
        private readonly int _start;
        private readonly AffineLexer _lexer;
        private readonly List<(string Name, AffineExpr Expr)> _dimsAndSymbols = new();
        private AffineToken _tok;
        private int _nesting;

        public Impl(Context ctx, string text, int start)
        {
            _ctx = ctx;
            _text = text;
            _start = start;
            _lexer = new AffineLexer(text, start);
            LastTokenEnd = start;
            Advance();
        }

        public string? Error { get; private set; }

        public int ErrorOffset { get; private set; } = -1;

        /// <summary>Offset just past the last consumed token.</summary>
        public int LastTokenEnd { get; private set; }

        public bool ParseMapOrSet(out AffineMap? map, out IntegerSet? set)
        {
            map = null;
            set = null;
            int numDims = 0, numSymbols = 0;
            if (!ParseList(AffineTokenKind.LParen, AffineTokenKind.RParen, " in dimensional identifier list",
                    () => DefineIdentifier(AffineExpr.Dim(_ctx, numDims++))))
                return false;
            if (_tok.Kind == AffineTokenKind.LSquare
                && !ParseList(AffineTokenKind.LSquare, AffineTokenKind.RSquare, " in symbol list",
                    () => DefineIdentifier(AffineExpr.Symbol(_ctx, numSymbols++))))
                return false;

            if (ConsumeIf(AffineTokenKind.Arrow))
            {
                var results = new List<AffineExpr>();
                if (!ParseList(AffineTokenKind.LParen, AffineTokenKind.RParen, " in affine map range", () =>
                    {
                        var e = ParseExpr();
                        if (e is not null)
                            results.Add(e);
                        return e is not null;
                    }))
                    return false;
                map = AffineMap.Get(_ctx, numDims, numSymbols, results.ToArray());
                return true;
            }
            if (!Expect(AffineTokenKind.Colon, "expected '->' or ':'"))
                return false;

            var constraints = new List<AffineExpr>();
            var eqFlags = new List<bool>();
            if (!ParseList(AffineTokenKind.LParen, AffineTokenKind.RParen, " in integer set constraint list", () =>
                {
                    var c = ParseConstraint(out bool isEq);
                    if (c is null)
                        return false;
                    constraints.Add(c);
                    eqFlags.Add(isEq);
                    return true;
                }))
                return false;
            // An empty constraint list means "true" and is stored as 0 == 0, as MLIR does.
            set = constraints.Count == 0
                ? IntegerSet.GetUniverse(_ctx, numDims, numSymbols)
                : IntegerSet.Get(_ctx, numDims, numSymbols, constraints.ToArray(), eqFlags.ToArray());
            return true;
        }

        // affine-constraint ::= expr '>=' expr | expr '<=' expr | expr '==' expr ('>=' etc. are two tokens)
        private AffineExpr? ParseConstraint(out bool isEq)
        {
            isEq = false;
            var lhs = ParseExpr();
            if (lhs is null)
                return null;
            if (ConsumeIf(AffineTokenKind.Greater) && ConsumeIf(AffineTokenKind.Equal))
            {
                var rhs = ParseExpr();
                return rhs is null ? null : lhs - rhs;
            }
            if (ConsumeIf(AffineTokenKind.Less) && ConsumeIf(AffineTokenKind.Equal))
            {
                var rhs = ParseExpr();
                return rhs is null ? null : rhs - lhs;
            }
            if (ConsumeIf(AffineTokenKind.Equal) && ConsumeIf(AffineTokenKind.Equal))
            {
                var rhs = ParseExpr();
                isEq = true;
                return rhs is null ? null : lhs - rhs;
            }
            return Fail("expected '== affine-expr' or '>= affine-expr' at end of affine constraint");
        }

        private bool DefineIdentifier(AffineExpr expr)
        {
            if (_tok.Kind != AffineTokenKind.Identifier)
                return FailWrongToken("expected bare identifier") is not null;
            string name = Spelling(_tok);
            foreach (var entry in _dimsAndSymbols)
                if (entry.Name == name)
                    return FailAt(_tok.Start, "redefinition of identifier '" + name + "'") is not null;
            Consume();
            _dimsAndSymbols.Add((name, expr));
            return true;
        }

        private AffineExpr? ParseExpr() => ParseLowPrec(null, LowOp.None);

        // Left-associative sums of high-precedence terms. Written as a loop (MLIR's version is tail recursive);
        // the order in which nodes are built, and hence the simplifications applied, is the same.
        private AffineExpr? ParseLowPrec(AffineExpr? llhs, LowOp llhsOp)
        {
            while (true)
            {
                var lhs = ParseOperand(llhs);
                if (lhs is null)
                    return null;
                var lowOp = ConsumeIfLowOp();
                if (lowOp != LowOp.None)
                {
                    llhs = llhs is null ? lhs : BuildLow(llhsOp, llhs, lhs);
                    llhsOp = lowOp;
                    continue;
                }
                int opLoc = _tok.Start;
                var highOp = ConsumeIfHighOp();
                if (highOp != HighOp.None)
                {
                    var highRes = ParseHighPrec(lhs, highOp, opLoc);
                    if (highRes is null)
                        return null;
                    var expr = llhs is null ? highRes : BuildLow(llhsOp, llhs, highRes);
                    var nextOp = ConsumeIfLowOp();
                    if (nextOp == LowOp.None)
                        return expr;
                    llhs = expr;
                    llhsOp = nextOp;
                    continue;
                }
                return llhs is null ? lhs : BuildLow(llhsOp, llhs, lhs);
            }
        }

        // Left-associative products/divisions. As in MLIR, when a chain continues the error location of a
        // non-affine combination is the location of the *following* operator.
        private AffineExpr? ParseHighPrec(AffineExpr? llhs, HighOp llhsOp, int llhsOpLoc)
        {
            while (true)
            {
                var lhs = ParseOperand(llhs);
                if (lhs is null)
                    return null;
                int opLoc = _tok.Start;
                var op = ConsumeIfHighOp();
                if (op != HighOp.None)
                {
                    if (llhs is not null)
                    {
                        llhs = BuildHigh(llhsOp, llhs, lhs, opLoc);
                        if (llhs is null)
                            return null;
                    }
                    else
                    {
                        llhs = lhs;
                    }
                    llhsOp = op;
                    llhsOpLoc = opLoc;
                    continue;
                }
                return llhs is null ? lhs : BuildHigh(llhsOp, llhs, lhs, llhsOpLoc);
            }
        }

        private AffineExpr? ParseOperand(AffineExpr? lhs)
        {
            switch (_tok.Kind)
            {
                case AffineTokenKind.PercentIdentifier:
                    return FailWrongToken("unexpected ssa identifier");
                case AffineTokenKind.Integer:
                    return ParseInteger();
                case AffineTokenKind.LParen:
                    return Nested(ParseParenthetical);
                case AffineTokenKind.Minus:
                    return Nested(() => ParseNegation(lhs));
                case AffineTokenKind.Plus:
                case AffineTokenKind.Star:
                    return Fail(lhs is not null
                        ? "missing right operand of binary operator"
                        : "missing left operand of binary operator");
                case AffineTokenKind.Identifier:
                    if (Spelling(_tok) == "symbol")
                        return ParseSymbolSsaId();
                    return ParseBareId();
                default:
                    return Fail(lhs is not null
                        ? "missing right operand of binary operator"
                        : "expected affine expression");
            }
        }

        private AffineExpr? Nested(Func<AffineExpr?> parse)
        {
            if (_nesting >= MaxNesting)
                return Fail("affine expression nested too deeply");
            _nesting++;
            try
            {
                return parse();
            }
            finally
            {
                _nesting--;
            }
        }

        private AffineExpr? ParseBareId()
        {
            string name = Spelling(_tok);
            foreach (var entry in _dimsAndSymbols)
            {
                if (entry.Name == name)
                {
                    Consume();
                    return entry.Expr;
                }
            }
            return FailWrongToken("use of undeclared identifier");
        }

        // symbol(%x) only makes sense with SSA operands, which attribute text never has.
        private AffineExpr? ParseSymbolSsaId()
        {
            Consume();
            if (!Expect(AffineTokenKind.LParen, "expected '(' at start of SSA symbol"))
                return null;
            if (_tok.Kind != AffineTokenKind.PercentIdentifier)
                return FailWrongToken("expected SSA operand");
            return FailWrongToken("unexpected ssa identifier");
        }

        private AffineExpr? ParseInteger()
        {
            string spelling = Spelling(_tok);
            bool ok = spelling.Length > 1 && spelling[1] == 'x'
                ? ulong.TryParse(spelling.AsSpan(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture,
                    out ulong value)
                : ulong.TryParse(spelling, NumberStyles.None, CultureInfo.InvariantCulture, out value);
            if (!ok || value > long.MaxValue)
                return Fail("constant too large for index");
            Consume();
            return AffineExpr.Constant(_ctx, (long)value);
        }

        private AffineExpr? ParseParenthetical()
        {
            Consume();
            if (_tok.Kind == AffineTokenKind.RParen)
                return Fail("no expression inside parentheses");
            var expr = ParseExpr();
            if (expr is null || !Expect(AffineTokenKind.RParen, "expected ')'"))
                return null;
            return expr;
        }

        // '-' operand binds tighter than every binary operator; -x is built as x * -1.
        private AffineExpr? ParseNegation(AffineExpr? lhs)
        {
            Consume();
            var operand = ParseOperand(lhs);
            return operand is null ? null : operand * -1L;
        }

        private static AffineExpr BuildLow(LowOp op, AffineExpr lhs, AffineExpr rhs) =>
            op == LowOp.Sub ? lhs - rhs : lhs + rhs;

        private AffineExpr? BuildHigh(HighOp op, AffineExpr lhs, AffineExpr rhs, int opLoc)
        {
            switch (op)
            {
                case HighOp.Mul:
                    if (!lhs.IsSymbolicOrConstant && !rhs.IsSymbolicOrConstant)
                        return FailAt(opLoc, "non-affine expression: at least one of the multiply operands has to "
                            + "be either a constant or symbolic");
                    return lhs * rhs;
                case HighOp.FloorDiv:
                    if (!rhs.IsSymbolicOrConstant)
                        return FailAt(opLoc,
                            "non-affine expression: right operand of floordiv has to be either a constant or symbolic");
                    return lhs.FloorDiv(rhs);
                case HighOp.CeilDiv:
                    if (!rhs.IsSymbolicOrConstant)
                        return FailAt(opLoc,
                            "non-affine expression: right operand of ceildiv has to be either a constant or symbolic");
                    return lhs.CeilDiv(rhs);
                default:
                    if (!rhs.IsSymbolicOrConstant)
                        return FailAt(opLoc,
                            "non-affine expression: right operand of mod has to be either a constant or symbolic");
                    return lhs.Mod(rhs);
            }
        }

        private LowOp ConsumeIfLowOp()
        {
            var op = _tok.Kind switch
            {
                AffineTokenKind.Plus => LowOp.Add,
                AffineTokenKind.Minus => LowOp.Sub,
                _ => LowOp.None,
            };
            if (op != LowOp.None)
                Consume();
            return op;
        }

        private HighOp ConsumeIfHighOp()
        {
            var op = HighOp.None;
            if (_tok.Kind == AffineTokenKind.Star)
            {
                op = HighOp.Mul;
            }
            else if (_tok.Kind == AffineTokenKind.Identifier)
            {
                op = Spelling(_tok) switch
                {
                    "floordiv" => HighOp.FloorDiv,
                    "ceildiv" => HighOp.CeilDiv,
                    "mod" => HighOp.Mod,
                    _ => HighOp.None,
                };
            }
            if (op != HighOp.None)
                Consume();
            return op;
        }

        // '(' ')' | '(' elt (',' elt)* ')' with MLIR's "expected '('<context>" / "expected ')'<context>" errors.
        private bool ParseList(AffineTokenKind open, AffineTokenKind close, string context, Func<bool> element)
        {
            string openText = open == AffineTokenKind.LParen ? "'('" : "'['";
            string closeText = close == AffineTokenKind.RParen ? "')'" : "']'";
            if (!Expect(open, "expected " + openText + context))
                return false;
            if (ConsumeIf(close))
                return true;
            if (!element())
                return false;
            while (ConsumeIf(AffineTokenKind.Comma))
                if (!element())
                    return false;
            return Expect(close, "expected " + closeText + context);
        }

        private string Spelling(AffineToken tok) => _text.Substring(tok.Start, tok.Length);

        private void Consume()
        {
            LastTokenEnd = _tok.Start + _tok.Length;
            Advance();
        }

        // Lexes the next token. As in MLIR, a lexical error is reported as soon as the bad token is lexed.
        private void Advance()
        {
            _tok = _lexer.Next();
            if (_tok.Kind == AffineTokenKind.Error)
                FailAt(_lexer.LastErrorOffset, _lexer.LastError!);
        }

        private bool ConsumeIf(AffineTokenKind kind)
        {
            if (_tok.Kind != kind)
                return false;
            Consume();
            return true;
        }

        private bool Expect(AffineTokenKind kind, string message) =>
            ConsumeIf(kind) || FailWrongToken(message) is not null;

        // MLIR reports "wrong token" errors (expected-token, undeclared identifier, ...) right after the previous
        // token rather than at the offending one, skipping back over whitespace, line ends and line comments.
        private AffineExpr? FailWrongToken(string message) =>
            FailAt(BackUpOverWhitespace(_text, _start, _tok.Start), message);

        /// <summary>The offset just past the last non-blank, non-comment character before <paramref name="pos"/>
        /// (never before <paramref name="start"/>).</summary>
        public static int BackUpOverWhitespace(string text, int start, int pos)
        {
            while (true)
            {
                while (pos > start && (text[pos - 1] == ' ' || text[pos - 1] == '\t'))
                    pos--;
                if (pos <= start || (text[pos - 1] != '\n' && text[pos - 1] != '\r'))
                    return pos;
                pos--;
                // If the previous line holds a "//" comment, continue backing up from where it starts.
                int lineStart = pos;
                while (lineStart > start && text[lineStart - 1] != '\n' && text[lineStart - 1] != '\r')
                    lineStart--;
                int comment = text.IndexOf("//", lineStart, pos - lineStart, StringComparison.Ordinal);
                if (comment >= 0)
                    pos = comment;
            }
        }

        private AffineExpr? Fail(string message) => FailAt(_tok.Start, message);

        // Only the first error is kept (MLIR may add follow-up notes such as "missing operand of negation").
        private AffineExpr? FailAt(int offset, string message)
        {
            if (Error is null)
            {
                Error = message;
                ErrorOffset = offset;
            }
            return null;
        }
    }
}
