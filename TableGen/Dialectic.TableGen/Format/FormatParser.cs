using System.Collections.Generic;
using Dialectic.TableGen.Model;

namespace Dialectic.TableGen.Format;

/// <summary>
/// Parses and validates MLIR's declarative assembly format against an op's declaration. Errors use the wording
/// of <c>mlir-tblgen</c> where it has one; the first error stops parsing.
/// </summary>
internal sealed class FormatParser
{
    private static readonly HashSet<string> Punctuation = new() { ",", ":", "(", ")", "->", "=", "<", ">", "[", "]" };

    private readonly string _src;
    private readonly OpModel _op;
    private int _pos;
    private string? _error;

    private FormatParser(string source, OpModel op)
    {
        _src = source;
        _op = op;
    }

    /// <summary>The validated format, or null with <paramref name="error"/> set.</summary>
    public static FormatModel? Parse(string source, OpModel op, out string? error)
    {
        var parser = new FormatParser(source, op);
        var elements = parser.ParseElements(inGroup: false);
        if (parser._error == null && parser.SkipSpace() < source.Length)
            parser.Fail($"unexpected '{source[parser._pos]}'");
        if (parser._error == null)
            parser.Validate(elements);
        error = parser._error;
        return error == null ? new FormatModel(source, elements.ToEquatableArray()) : null;
    }

    private void Fail(string message) => _error ??= message;

    private int SkipSpace()
    {
        while (_pos < _src.Length && char.IsWhiteSpace(_src[_pos]))
            _pos++;
        return _pos;
    }

    private bool Peek(char c) => SkipSpace() < _src.Length && _src[_pos] == c;

    private bool Eat(char c)
    {
        if (!Peek(c))
            return false;
        _pos++;
        return true;
    }

    private string Identifier()
    {
        SkipSpace();
        int start = _pos;
        while (_pos < _src.Length && (char.IsLetterOrDigit(_src[_pos]) || _src[_pos] == '_' || _src[_pos] == '-'))
            _pos++;
        return _src.Substring(start, _pos - start);
    }

    private List<FormatElement> ParseElements(bool inGroup)
    {
        var list = new List<FormatElement>();
        while (_error == null && SkipSpace() < _src.Length && !(inGroup && Peek(')')))
        {
            var e = ParseElement(inType: false);
            if (e == null)
                break;
            if (Eat('^'))
            {
                if (!inGroup)
                    Fail("'^' is only valid within optional groups");
                e = e with { IsAnchor = true };
            }
            list.Add(e);
        }
        return list;
    }

    private FormatElement? ParseElement(bool inType)
    {
        SkipSpace();
        if (Eat('`'))
        {
            int end = _src.IndexOf('`', _pos);
            if (end < 0)
            {
                Fail("expected '`' to end the literal");
                return null;
            }
            string lit = _src.Substring(_pos, end - _pos);
            _pos = end + 1;
            // `` and ` ` are spacing directives: no text to parse; they only steer the printer's spaces.
            if (lit.Length > 0 && lit != " " && !IsKeyword(lit) && !Punctuation.Contains(lit))
                Fail($"expected valid literal but got '{lit}'");
            return FormatElement.Leaf(FormatKind.Literal, lit);
        }
        if (Eat('$'))
            return ParseVariable(Identifier(), inType);
        if (Eat('('))
        {
            if (inType)
            {
                Fail("optional groups are not allowed here");
                return null;
            }
            var children = ParseElements(inGroup: true);
            if (!Eat(')') || !Eat('?'))
            {
                Fail("expected '?' after optional group");
                return null;
            }
            if (children.Count == 0)
                Fail("optional group has no elements");
            else if (!children.Exists(c => c.IsAnchor))
                Fail("optional group has no anchor element");
            return new FormatElement(FormatKind.OptionalGroup, "", -1, false, children.ToEquatableArray());
        }
        string word = Identifier();
        switch (word)
        {
            case "attr-dict":
                return FormatElement.Leaf(FormatKind.AttrDict);
            case "attr-dict-with-keyword":
                return FormatElement.Leaf(FormatKind.AttrDictWithKeyword);
            case "operands":
                return FormatElement.Leaf(FormatKind.Operands);
            case "results":
                if (!inType)
                    Fail("'results' is only valid as a child of a type directive");
                return FormatElement.Leaf(FormatKind.Results);
            case "regions":
                return FormatElement.Leaf(FormatKind.Regions);
            case "successors":
                return FormatElement.Leaf(FormatKind.Successors);
            case "prop-dict":
                return FormatElement.Leaf(FormatKind.PropDict);
            case "type":
            case "qualified":
            {
                if (!Eat('('))
                    Fail($"expected '(' after '{word}'");
                var arg = ParseElement(inType: word == "type" || inType);
                if (!Eat(')'))
                    Fail($"expected ')' to end '{word}'");
                if (arg == null)
                    return null;
                if (word == "type" && arg.Kind is not (FormatKind.Operand or FormatKind.Result or FormatKind.Operands or FormatKind.Results))
                    Fail("type directive expects an operand, result, 'operands' or 'results'");
                var kind = word == "type" ? FormatKind.Type : FormatKind.Qualified;
                return new FormatElement(kind, "", -1, false, new EquatableArray<FormatElement>([arg]));
            }
            case "functional-type":
            {
                if (!Eat('('))
                    Fail("expected '(' after 'functional-type'");
                var inputs = ParseElement(inType: true);
                if (!Eat(','))
                    Fail("expected ',' in 'functional-type'");
                var outputs = ParseElement(inType: true);
                if (!Eat(')'))
                    Fail("expected ')' to end 'functional-type'");
                if (inputs == null || outputs == null)
                    return null;
                return new FormatElement(FormatKind.FunctionalType, "", -1, false, new EquatableArray<FormatElement>([inputs, outputs]));
            }
            case "custom":
            {
                if (!Eat('<'))
                    Fail("expected '<' before custom directive name");
                string name = Identifier();
                if (!Eat('>') || !Eat('('))
                    Fail("expected '>(' after custom directive name");
                var args = new List<FormatElement>();
                while (_error == null && !Peek(')'))
                {
                    var a = ParseElement(inType: false);
                    if (a == null)
                        break;
                    args.Add(a);
                    if (!Eat(','))
                        break;
                }
                if (!Eat(')'))
                    Fail("expected ')' to end custom directive");
                return new FormatElement(FormatKind.Custom, name, -1, false, args.ToEquatableArray());
            }
            case "":
                Fail(_pos < _src.Length ? $"unexpected '{_src[_pos]}'" : "unexpected end of format");
                return null;
            default:
                Fail($"expected directive, literal, variable, or optional group, but got '{word}'");
                return null;
        }
    }

    private FormatElement? ParseVariable(string name, bool inType)
    {
        int i = IndexOf(_op.Operands, name);
        if (i >= 0)
            return FormatElement.Leaf(FormatKind.Operand, name, i);
        i = IndexOf(_op.Results, name);
        if (i >= 0)
        {
            if (!inType)
                Fail($"result variable '${name}' is only valid as a child of a type directive");
            return FormatElement.Leaf(FormatKind.Result, name, i);
        }
        for (i = 0; i < _op.Properties.Count; i++)
            if (_op.Properties[i].Name == name)
                return FormatElement.Leaf(FormatKind.Attribute, name, i);
        for (i = 0; i < _op.Regions.Count; i++)
            if (_op.Regions[i].Name == name)
                return FormatElement.Leaf(FormatKind.Region, name, i);
        for (i = 0; i < _op.Successors.Count; i++)
            if (_op.Successors[i].Name == name)
                return FormatElement.Leaf(FormatKind.Successor, name, i);
        Fail($"expected variable to refer to an argument, region, result, or successor, but got '${name}'");
        return null;
    }

    private static int IndexOf(EquatableArray<ValueGroupModel> groups, string name)
    {
        for (int i = 0; i < groups.Count; i++)
            if (groups[i].Name == name)
                return i;
        return -1;
    }

    private static bool IsKeyword(string s)
    {
        if (s.Length == 0 || !(char.IsLetter(s[0]) || s[0] == '_'))
            return false;
        foreach (char c in s)
            if (!(char.IsLetterOrDigit(c) || c == '_' || c == '$' || c == '.'))
                return false;
        return true;
    }

    // ---- validation: what mlir-tblgen checks after parsing ----

    private void Validate(List<FormatElement> elements)
    {
        var seenOperands = new bool[_op.Operands.Count];
        var operandTypes = new bool[_op.Operands.Count];
        var resultTypes = new bool[_op.Results.Count];
        var seenRegions = new bool[_op.Regions.Count];
        var seenSuccessors = new bool[_op.Successors.Count];
        int attrDicts = 0, propDicts = 0;
        void Walk(FormatElement e, bool inGroup)
        {
            switch (e.Kind)
            {
                case FormatKind.Operand: seenOperands[e.Index] = true; break;
                case FormatKind.Operands: for (int i = 0; i < seenOperands.Length; i++) seenOperands[i] = true; break;
                case FormatKind.Region: seenRegions[e.Index] = true; break;
                case FormatKind.Regions: for (int i = 0; i < seenRegions.Length; i++) seenRegions[i] = true; break;
                case FormatKind.Successor: seenSuccessors[e.Index] = true; break;
                case FormatKind.Successors: for (int i = 0; i < seenSuccessors.Length; i++) seenSuccessors[i] = true; break;
                case FormatKind.PropDict:
                    if (inGroup)
                        Fail("'prop-dict' directive is not allowed within an optional group");
                    if (++propDicts > 1)
                        Fail("'prop-dict' directive has already been seen");
                    break;
                case FormatKind.AttrDict:
                case FormatKind.AttrDictWithKeyword:
                    if (inGroup)
                        Fail("'attr-dict' directive is not allowed within an optional group");
                    if (++attrDicts > 1)
                        Fail("'attr-dict' directive has already been seen");
                    break;
                case FormatKind.Type:
                case FormatKind.FunctionalType:
                    foreach (var c in e.Children)
                        MarkTypes(c, operandTypes, resultTypes);
                    break;
                case FormatKind.Custom:
                    foreach (var c in e.Children)
                        if (c.Kind == FormatKind.Type)
                            MarkTypes(c.Children[0], operandTypes, resultTypes);
                        else
                            Walk(c, inGroup);
                    break;
                case FormatKind.Qualified:
                    Walk(e.Children[0], inGroup);
                    break;
                case FormatKind.OptionalGroup:
                    ValidateGroup(e);
                    foreach (var c in e.Children)
                        Walk(c, true);
                    break;
            }
        }
        foreach (var e in elements)
            Walk(e, false);
        if (attrDicts == 0)
            Fail("'attr-dict' directive not found");
        for (int i = 0; i < seenOperands.Length; i++)
            if (!seenOperands[i])
                Fail($"operand #{i}, named '{_op.Operands[i].Name}', not found");
        for (int i = 0; i < seenRegions.Length; i++)
            if (!seenRegions[i])
                Fail($"region #{i}, named '{_op.Regions[i].Name}', not found");
        for (int i = 0; i < seenSuccessors.Length; i++)
            if (!seenSuccessors[i])
                Fail($"successor #{i}, named '{_op.Successors[i].Name}', not found");
        // Types not written are built from their constraint (index, i1), or inferred from the ones written when
        // AllTypesMatch or a trait says they are equal.
        for (int i = 0; i < operandTypes.Length; i++)
            operandTypes[i] |= _op.Operands[i].Buildable != null;
        for (int i = 0; i < resultTypes.Length; i++)
            resultTypes[i] |= _op.Results[i].Buildable != null;
        for (int pass = 0; pass < 2; pass++)
        {
            foreach (var set in _op.TypeMatches)
            {
                bool known = false;
                foreach (var n in set)
                    known |= IsKnown(n, operandTypes, resultTypes);
                if (!known)
                    continue;
                foreach (var n in set)
                {
                    int o = IndexOf(_op.Operands, n), r = IndexOf(_op.Results, n);
                    if (o >= 0) operandTypes[o] = true;
                    if (r >= 0) resultTypes[r] = true;
                }
            }
        }
        bool anyKnown = System.Array.IndexOf(operandTypes, true) >= 0 || System.Array.IndexOf(resultTypes, true) >= 0;
        bool allSame = _op.HasTrait("SameOperandsAndResultType") && anyKnown;
        bool operandsSame = _op.HasTrait("SameTypeOperands") && System.Array.IndexOf(operandTypes, true) >= 0;
        for (int i = 0; i < operandTypes.Length; i++)
            if (!operandTypes[i] && !allSame && !operandsSame)
                Fail($"type of operand #{i}, named '{_op.Operands[i].Name}', is not buildable and a buildable type cannot be inferred");
        for (int i = 0; i < resultTypes.Length; i++)
            if (!resultTypes[i] && !allSame)
                Fail($"type of result #{i}, named '{_op.Results[i].Name}', is not buildable and a buildable type cannot be inferred");
    }

    private bool IsKnown(string name, bool[] operandTypes, bool[] resultTypes)
    {
        int o = IndexOf(_op.Operands, name), r = IndexOf(_op.Results, name);
        return (o >= 0 && operandTypes[o]) || (r >= 0 && resultTypes[r]);
    }

    private static void MarkTypes(FormatElement e, bool[] operandTypes, bool[] resultTypes)
    {
        switch (e.Kind)
        {
            case FormatKind.Operand: operandTypes[e.Index] = true; break;
            case FormatKind.Result: resultTypes[e.Index] = true; break;
            case FormatKind.Operands: for (int i = 0; i < operandTypes.Length; i++) operandTypes[i] = true; break;
            case FormatKind.Results: for (int i = 0; i < resultTypes.Length; i++) resultTypes[i] = true; break;
        }
    }

    private void ValidateGroup(FormatElement group)
    {
        var first = FirstParsable(group);
        if (first == null || first.Kind is not (FormatKind.Literal or FormatKind.Operand or FormatKind.Attribute or FormatKind.Region))
            Fail("first parsable element of an optional group must be a literal, variable, or custom directive");
        foreach (var c in group.Children)
        {
            if (!c.IsAnchor)
                continue;
            bool optional = c.Kind switch
            {
                FormatKind.Operand => _op.Operands[c.Index].Arity != GroupArity.Single,
                FormatKind.Attribute => _op.Properties[c.Index].IsOptional,
                FormatKind.Region => _op.Regions[c.Index].IsVariadic,
                FormatKind.Type => c.Children[0].Kind == FormatKind.Operand && _op.Operands[c.Children[0].Index].Arity != GroupArity.Single,
                _ => false,
            };
            if (!optional)
                Fail("only variables and types can be used to anchor an optional group, and they must be optional or variadic");
        }
        if (first is { Kind: FormatKind.Attribute } && _op.Properties[first.Index].EnumForm == EnumForm.None)
            Fail("an optional group may start with an attribute only when it is an enum (keyword or enum attribute); start the group with a literal");
    }

    /// <summary>The group's first element that reads input (spacing literals read none).</summary>
    internal static FormatElement? FirstParsable(FormatElement group)
    {
        foreach (var c in group.Children)
            if (!IsSpacing(c))
                return c;
        return null;
    }

    /// <summary>`` or ` `: a literal that only affects spacing.</summary>
    internal static bool IsSpacing(FormatElement e) => e.Kind == FormatKind.Literal && (e.Text.Length == 0 || e.Text == " ");
}
