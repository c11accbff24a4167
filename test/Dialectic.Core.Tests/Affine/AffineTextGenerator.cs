using System;
using System.Collections.Generic;
using System.Text;

namespace Dialectic.Core.Tests.Affine;

/// <summary>
/// Generates random affine map / integer set source text for differential testing against mlir-opt.
/// In "valid" mode every generated text is accepted by MLIR's parser (multiplications keep one dimension-free
/// operand, divisors/moduli are dimension-free, parentheses are only dropped where precedence allows it).
/// In "wild" mode those constraints are relaxed and the text may be mutated, so it may or may not parse.
/// </summary>
internal sealed class AffineTextGenerator
{
    private static readonly long[] Constants =
    [
        0, 1, 2, 3, 4, 5, 7, 8, 16, 64, 128, -1, -2, -3, -4, -8, -64, 9223372036854775807, 4611686018427387904,
    ];

    private static readonly string[] CustomNames = ["i", "j", "k", "x_1", "N", "M", "index", "T.b$c", "_u"];

    private readonly Random _rng;
    private readonly bool _wild;
    private string[] _dims = [];
    private string[] _syms = [];

    public AffineTextGenerator(int seed, bool wild)
    {
        _rng = new Random(seed);
        _wild = wild;
    }

    /// <summary>One random map (<paramref name="isSet"/> false) or set text.</summary>
    public string Next(bool isSet)
    {
        int numDims = _rng.Next(0, 4);
        int numSyms = _rng.Next(0, 3);
        bool custom = _rng.Next(4) == 0;
        var names = new List<string>(CustomNames);
        _dims = new string[numDims];
        _syms = new string[numSyms];
        for (int i = 0; i < numDims; i++)
            _dims[i] = custom ? Take(names) : "d" + i;
        for (int i = 0; i < numSyms; i++)
            _syms[i] = custom ? Take(names) : "s" + i;

        var sb = new StringBuilder();
        sb.Append('(').Append(string.Join(", ", _dims)).Append(')');
        if (numSyms > 0 || _rng.Next(6) == 0)
            sb.Append('[').Append(string.Join(", ", _syms)).Append(']');
        int count = _rng.Next(0, 4);
        if (isSet)
        {
            sb.Append(" : (");
            for (int i = 0; i < count; i++)
            {
                if (i > 0)
                    sb.Append(", ");
                sb.Append(Expr(_rng.Next(1, 5), false));
                string rel = _rng.Next(3) switch { 0 => " >= ", 1 => " <= ", _ => " == " };
                sb.Append(rel).Append(_rng.Next(3) == 0 ? "0" : Expr(_rng.Next(0, 3), false));
            }
        }
        else
        {
            sb.Append(" -> (");
            for (int i = 0; i < count + (_rng.Next(3) == 0 ? 0 : 1); i++)
            {
                if (i > 0)
                    sb.Append(", ");
                sb.Append(Expr(_rng.Next(1, 6), false));
            }
        }
        sb.Append(')');
        string text = _wild && _rng.Next(3) == 0 ? Mutate(sb.ToString()) : sb.ToString();
        // A trailing '-' would fuse with the wrapper's closing '>' into "->" in the .mlir file.
        return text.EndsWith('-') ? text + " " : text;
    }

    private string Take(List<string> names)
    {
        int i = _rng.Next(names.Count);
        string n = names[i];
        names.RemoveAt(i);
        return n;
    }

    // A node: its text, whether it syntactically contains a dimension, and its precedence
    // (0 = sum, 1 = product/division, 2 = atom or negation).
    private readonly record struct Node(string Text, bool HasDim, int Prec);

    private string Expr(int depth, bool symbolicOnly) => Gen(depth, symbolicOnly).Text;

    private Node Gen(int depth, bool symbolicOnly)
    {
        if (depth <= 0 || _rng.Next(5) == 0)
            return Leaf(symbolicOnly);
        int choice = _rng.Next(9);
        switch (choice)
        {
            case 0:
            case 1:
                return Low(" + ", depth, symbolicOnly);
            case 2:
                return Low(" - ", depth, symbolicOnly);
            case 3:
            case 4:
            {
                // One side must be dimension-free (in valid mode).
                bool leftSym = _rng.Next(2) == 0;
                var l = Gen(depth - 1, symbolicOnly || (!_wild && leftSym));
                var r = Gen(depth - 1, symbolicOnly || (!_wild && !leftSym));
                return High(" * ", l, r);
            }
            case 5:
            case 6:
            case 7:
            {
                string op = _rng.Next(3) switch { 0 => " floordiv ", 1 => " ceildiv ", _ => " mod " };
                var l = Gen(depth - 1, symbolicOnly);
                var r = _rng.Next(3) == 0 ? Gen(depth - 1, symbolicOnly || !_wild) : Leaf(symbolicOnly || !_wild);
                return High(op, l, r);
            }
            default:
            {
                var c = Gen(depth - 1, symbolicOnly);
                return new Node("-" + (c.Prec == 2 && !c.Text.StartsWith('-') ? c.Text : "(" + c.Text + ")"),
                    c.HasDim, 2);
            }
        }
    }

    private Node Low(string op, int depth, bool symbolicOnly)
    {
        var l = Gen(depth - 1, symbolicOnly);
        var r = Gen(depth - 1, symbolicOnly);
        // Left-associative: a left sum needs no parentheses; a right sum does.
        string rt = r.Prec == 0 || (_rng.Next(4) == 0) ? "(" + r.Text + ")" : r.Text;
        string lt = _rng.Next(4) == 0 ? "(" + l.Text + ")" : l.Text;
        return new Node(lt + op + rt, l.HasDim || r.HasDim, 0);
    }

    private Node High(string op, Node l, Node r)
    {
        string lt = l.Prec == 0 || _rng.Next(4) == 0 ? "(" + l.Text + ")" : l.Text;
        string rt = r.Prec < 2 || _rng.Next(4) == 0 ? "(" + r.Text + ")" : r.Text;
        return new Node(lt + op + rt, l.HasDim || r.HasDim, 1);
    }

    private Node Leaf(bool symbolicOnly)
    {
        int kind = _rng.Next(3);
        if (kind == 0 && !symbolicOnly && _dims.Length > 0)
            return new Node(_dims[_rng.Next(_dims.Length)], true, 2);
        if (kind <= 1 && _syms.Length > 0)
            return new Node(_syms[_rng.Next(_syms.Length)], false, 2);
        long c = Constants[_rng.Next(Constants.Length)];
        if (_rng.Next(3) == 0)
            c = _rng.Next(-20, 21);
        string text = c.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new Node(c < 0 ? "(" + text + ")" : text, false, 2);
    }

    // Small syntactic damage: drop, duplicate or replace one character.
    private string Mutate(string text)
    {
        int pos = _rng.Next(text.Length);
        const string junk = "()+-*,:[]>=0d%x";
        return _rng.Next(3) switch
        {
            0 => text.Remove(pos, 1),
            1 => text.Insert(pos, text[pos].ToString()),
            _ => text.Remove(pos, 1).Insert(pos, junk[_rng.Next(junk.Length)].ToString()),
        };
    }
}
