using System;
using System.Collections.Generic;
using System.Globalization;
using Dialectic.Core.IR;
using Dialectic.Core.IR.Attributes;

namespace Dialectic.Core.Syntax;

public sealed partial class Parser
{
    /// <summary>A trailing <c>loc(#alias)</c> whose alias is defined later in the file; fixed up at the end.</summary>
    private readonly List<(string Alias, Token At, object Target)> _deferredLocs = new();

    /// <summary>`loc` `(` location `)` as an attribute value.</summary>
    private LocationAttr ParseLocationAttr()
    {
        Consume();
        Expect(TokenKind.LParen, "expected '(' in location");
        var loc = ParseLocationInstance();
        Expect(TokenKind.RParen, "expected ')' in location");
        return loc;
    }

    /// <summary>
    /// Parses an optional trailing <c>loc(...)</c> of <paramref name="target"/> (an <see cref="Operation"/> or a
    /// <see cref="BlockArgument"/>, or an <c>Action&lt;LocationAttr&gt;</c> for a value not created yet) and sets it. A <c>loc(#alias)</c> of an alias not defined yet is resolved at
    /// the end of the file.
    /// </summary>
    internal void ParseOptionalTrailingLocation(object target)
    {
        if (!IsKeyword("loc"))
            return;
        Consume();
        Expect(TokenKind.LParen, "expected '(' in location");
        LocationAttr? loc;
        if (_tok.Kind == TokenKind.HashIdentifier && !Text(_tok).Contains('.') && (_tok.End == _source.Length || _source[_tok.End] != '<'))
        {
            var aliasTok = _tok;
            string alias = _source.Substring(aliasTok.Start + 1, aliasTok.Length - 1);
            Consume();
            if (_attrAliases.TryGetValue(alias, out var attr))
            {
                if (attr is not LocationAttr l)
                    throw Error(aliasTok, $"expected location, but found '{attr}'");
                loc = l;
            }
            else
            {
                _deferredLocs.Add((alias, aliasTok, target));
                loc = null;
            }
        }
        else
        {
            loc = ParseLocationInstance();
        }
        Expect(TokenKind.RParen, "expected ')' in location");
        if (loc != null)
            SetLocation(target, loc);
    }

    private static void SetLocation(object target, LocationAttr loc)
    {
        if (target is Operation op)
            op.Location = loc;
        else if (target is BlockArgument arg)
            arg.ArgLocation = loc;
        else
            ((Action<LocationAttr>)target)(loc);
    }

    private void ResolveDeferredLocations()
    {
        foreach (var (alias, at, target) in _deferredLocs)
        {
            if (!_attrAliases.TryGetValue(alias, out var attr))
                throw Error(at, $"operation location alias was never defined");
            if (attr is not LocationAttr loc)
                throw Error(at, $"expected location, but found '{attr}'");
            SetLocation(target, loc);
        }
        _deferredLocs.Clear();
    }

    /// <summary>The body of <c>loc(...)</c>.</summary>
    private LocationAttr ParseLocationInstance()
    {
        EnterNesting();
        try
        {
            var t = _tok;
            if (t.Kind == TokenKind.HashIdentifier)
            {
                var attr = ParseExtendedAttr();
                if (attr is not LocationAttr l)
                    throw Error(t, $"expected location, but found '{attr}'");
                return l;
            }
            if (t.Kind == TokenKind.String)
                return ParseNameOrFileLocation();
            if (IsKeyword("unknown"))
            {
                Consume();
                return _ctx.UnknownLoc;
            }
            if (IsKeyword("callsite"))
            {
                Consume();
                Expect(TokenKind.LParen, "expected '(' in callsite location");
                var callee = ParseLocationInstance();
                if (!ConsumeKeyword("at"))
                    throw Error("expected 'at' in callsite location");
                var caller = ParseLocationInstance();
                Expect(TokenKind.RParen, "expected ')' in callsite location");
                return CallSiteLoc.Get(callee, caller);
            }
            if (IsKeyword("fused"))
            {
                Consume();
                Attribute? metadata = null;
                if (ConsumeIf(TokenKind.Less))
                {
                    metadata = ParseAttribute();
                    Expect(TokenKind.Greater, "expected '>' after fused location metadata");
                }
                Expect(TokenKind.LSquare, "expected '[' in fused location");
                var locs = new List<LocationAttr>();
                if (!ConsumeIf(TokenKind.RSquare))
                {
                    do
                    {
                        locs.Add(ParseLocationInstance());
                    }
                    while (ConsumeIf(TokenKind.Comma));
                    Expect(TokenKind.RSquare, "expected ']' in fused location");
                }
                return FusedLoc.Get(_ctx, locs.ToArray(), metadata);
            }
            throw Error("expected location instance");
        }
        finally
        {
            ExitNesting();
        }
    }

    private LocationAttr ParseNameOrFileLocation()
    {
        string str = ParseStringLiteralBytes(_tok);
        Consume();
        if (ConsumeIf(TokenKind.Colon))
        {
            uint line = ParseLocationNumber("expected integer line number in FileLineColRange");
            if (!ConsumeIf(TokenKind.Colon))
                return FileLineColRange.Get(_ctx, str, line, 0);
            uint col = ParseLocationNumber("expected integer column number in FileLineColRange");
            // As MLIR's FileLineColLoc::get(StringRef, ...), the point form names an empty file "-".
            if (!ConsumeKeyword("to"))
                return FileLineColRange.Get(_ctx, str.Length == 0 ? "-" : str, line, col);
            if (ConsumeIf(TokenKind.Colon))
            {
                uint endCol = ParseLocationNumber("expected integer column number in FileLineColRange");
                return FileLineColRange.Get(_ctx, str, line, col, endCol);
            }
            uint endLine = ParseLocationNumber("expected integer line number in FileLineColRange");
            Expect(TokenKind.Colon, "expected either integer or `:` post `to` in FileLineColRange");
            uint endCol2 = ParseLocationNumber("expected integer column number in FileLineColRange");
            return FileLineColRange.Get(_ctx, str, line, col, endLine, endCol2);
        }
        if (ConsumeIf(TokenKind.LParen))
        {
            // MLIR 22 accepts any child, another NameLoc included.
            var child = ParseLocationInstance();
            Expect(TokenKind.RParen, "expected ')' after child location of NameLoc");
            return NameLoc.Get(_ctx, str, child);
        }
        return NameLoc.Get(_ctx, str);
    }

    private uint ParseLocationNumber(string message)
    {
        if (_tok.Kind != TokenKind.Integer || !uint.TryParse(Text(_tok), NumberStyles.None, CultureInfo.InvariantCulture, out uint v))
            throw Error(message);
        Consume();
        return v;
    }
}
