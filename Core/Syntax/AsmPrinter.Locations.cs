using Dialectic.Core.IR.Attributes;

namespace Dialectic.Core.Syntax;

public sealed partial class AsmPrinter
{
    /// <summary>` loc(...)` after an op or block argument, only with debug info enabled.</summary>
    internal void PrintTrailingLocation(LocationAttr loc, bool allowAlias)
    {
        if (!_flags.PrintDebugInfo)
            return;
        if (_collect != null)
        {
            // Only custom printers reach here while collecting (function signatures): MLIR visits these
            // locations as aliases that cannot be deferred, although it prints them inline.
            _collect.CollectSymbol(loc);
            return;
        }
        _w.Write(' ');
        PrintLocation(loc, allowAlias);
    }

    /// <summary><c>loc(...)</c>; the outermost location uses its alias only when <paramref name="allowAlias"/>.</summary>
    internal void PrintLocation(LocationAttr loc, bool allowAlias)
    {
        _w.Write("loc(");
        if (allowAlias && _aliases?.Lookup(loc) is { } alias)
            _w.Write(alias);
        else
            PrintLocationInternal(loc, isTopLevel: true);
        _w.Write(')');
    }

    /// <summary>The body of a location; nested locations print through their aliases.</summary>
    private void PrintLocationInternal(LocationAttr loc, bool isTopLevel)
    {
        if (!isTopLevel && _aliases?.Lookup(loc) is { } alias)
        {
            _w.Write(alias);
            return;
        }
        switch (loc)
        {
            case UnknownLoc:
                _w.Write("unknown");
                return;
            case FileLineColRange f:
                PrintEscapedString(f.Filename);
                _w.Write(':');
                _w.Write((long)f.StartLine);
                _w.Write(':');
                _w.Write((long)f.StartColumn);
                if (f.EndColumn == f.StartColumn && f.EndLine == f.StartLine)
                    return;
                if (f.StartLine == f.EndLine)
                {
                    _w.Write(" to :");
                    _w.Write((long)f.EndColumn);
                    return;
                }
                _w.Write(" to ");
                _w.Write((long)f.EndLine);
                _w.Write(':');
                _w.Write((long)f.EndColumn);
                return;
            case NameLoc n:
                PrintEscapedString(n.Name);
                if (n.Child is not UnknownLoc)
                {
                    _w.Write('(');
                    PrintLocationInternal(n.Child, false);
                    _w.Write(')');
                }
                return;
            case CallSiteLoc c:
                _w.Write("callsite(");
                PrintLocationInternal(c.Callee, false);
                _w.Write(" at ");
                PrintLocationInternal(c.Caller, false);
                _w.Write(')');
                return;
            case FusedLoc fl:
                _w.Write("fused");
                if (fl.Metadata != null)
                {
                    _w.Write('<');
                    PrintAttribute(fl.Metadata);
                    _w.Write('>');
                }
                _w.Write('[');
                for (int i = 0; i < fl.Locations.Length; i++)
                {
                    if (i > 0)
                        _w.Write(", ");
                    PrintLocationInternal(fl.Locations[i], false);
                }
                _w.Write(']');
                return;
            default:
                PrintAttribute(loc);
                return;
        }
    }
}
