using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Dialectic.Core.Tests.Differential;

/// <summary>
/// A deterministic (seeded) generator of random MLIR programs in generic form, for differential testing against
/// mlir-opt: unregistered ops with operands, multiple results (<c>%0:3</c>, <c>%0#2</c>), successors, properties,
/// discardable attributes of every builtin kind, several regions per op, multi-block CFG regions with block
/// arguments and forward block references, values used across regions, locations on ops and block arguments,
/// type/attribute/location alias definitions, <c>module</c> in custom form (top level and nested, with name and
/// attributes), <c>builtin.unrealized_conversion_cast</c>, and a <c>dialect_resources</c> section.
/// Every program is accepted by mlir-opt 22 with <c>--allow-unregistered-dialect</c>.
/// </summary>
internal sealed class ProgramGenerator
{
    private static readonly string[] OpNames =
    [
        "t.op", "t.op", "t.op", "foo.bar", "t.x_y", "t.op.nested", "my_dialect.compute", "t.$sym", "t.a-b",
    ];

    private static readonly string[] ModuleAttrKeys = ["foo.x", "t.attr", "test.y", "\"t.quoted key\""];

    private readonly GeneratorState _s;
    private readonly TypeTextGenerator _types;
    private readonly LocationTextGenerator _locs;
    private readonly AttributeTextGenerator _attrs;
    private readonly StringBuilder _out = new();
    private readonly List<(string Name, string Type)> _visible = [];
    private int _opBudget;

    /// <param name="seed">The seed: equal seeds give equal programs.</param>
    /// <param name="locationAttributes">Whether locations may appear as attribute values (see
    /// <see cref="GeneratorState.LocationAttributes"/>).</param>
    public ProgramGenerator(int seed, bool locationAttributes = true)
    {
        _s = new GeneratorState(seed, locationAttributes);
        _types = new TypeTextGenerator(_s);
        _locs = new LocationTextGenerator(_s);
        _attrs = new AttributeTextGenerator(_s, _types, _locs);
    }

    /// <summary>The next random program.</summary>
    public string Next()
    {
        _s.Reset();
        _attrs.Reset();
        _out.Clear();
        _visible.Clear();
        _opBudget = _s.Next(4, 24);

        AliasDefinitions();
        int top = _s.Weighted([4, 4, 2]);
        if (top == 0)
        {
            // Implicit module: bare top-level ops.
            Block(0, "", successorTargets: null, graph: true, minOps: 1);
        }
        else
        {
            Module(0, "", generic: top == 2);
        }
        if (_s.Resources.Count > 0)
        {
            _out.Append("{-#\n  dialect_resources: {\n    builtin: {\n");
            for (int i = 0; i < _s.Resources.Count; i++)
            {
                _out.Append("      ").Append(_s.Resources[i].Name).Append(": \"").Append(_s.Resources[i].Hex)
                    .Append('"').Append(i + 1 < _s.Resources.Count ? ",\n" : "\n");
            }
            _out.Append("    }\n  }\n#-}\n");
        }
        return _out.ToString();
    }

    private void AliasDefinitions()
    {
        _s.InAliasDefinition = true;
        int types = _s.Next(0, 4);
        for (int i = 0; i < types; i++)
        {
            string name = "tal_" + _s.Fresh().ToString(CultureInfo.InvariantCulture);
            _out.Append('!').Append(name).Append(" = ").Append(_types.Any(2)).Append('\n');
            _s.TypeAliases.Add(name);
        }
        int attrs = _s.Next(0, 4);
        for (int i = 0; i < attrs; i++)
        {
            string name = "al_" + _s.Fresh().ToString(CultureInfo.InvariantCulture);
            _out.Append('#').Append(name).Append(" = ").Append(_attrs.Any(2)).Append('\n');
            _s.AttrAliases.Add(name);
        }
        int locs = _s.Next(0, 3);
        for (int i = 0; i < locs; i++)
        {
            string name = "lal_" + _s.Fresh().ToString(CultureInfo.InvariantCulture);
            _out.Append('#').Append(name).Append(" = ").Append(_locs.Loc(2)).Append('\n');
            _s.LocAliases.Add(name);
        }
        _s.InAliasDefinition = false;
    }

    private void Module(int depth, string indent, bool generic)
    {
        string number = _s.Fresh().ToString(CultureInfo.InvariantCulture);
        string symbol = _s.Next(4) switch { 0 => "mod_" + number, 1 => "\"mod " + number + "\"", _ => "" };
        string attrs = "";
        if (_s.Chance(3))
        {
            var sb = new StringBuilder();
            var used = new HashSet<string>();
            int n = _s.Next(1, 4);
            for (int i = 0; i < n; i++)
            {
                string key = _s.Pick(ModuleAttrKeys);
                if (!used.Add(key))
                    continue;
                if (sb.Length > 0)
                    sb.Append(", ");
                sb.Append(key).Append(" = ").Append(_attrs.Any(1));
            }
            attrs = sb.ToString();
        }
        if (generic)
        {
            _out.Append(indent).Append("\"builtin.module\"() ({\n");
        }
        else
        {
            _out.Append(indent).Append("module");
            if (symbol.Length > 0)
                _out.Append(" @").Append(symbol);
            if (attrs.Length > 0)
                _out.Append(" attributes {").Append(attrs).Append('}');
            _out.Append(" {\n");
        }
        // builtin.module is isolated from above: nothing outside is visible in its body.
        var outer = new List<(string Name, string Type)>(_visible);
        _visible.Clear();
        Block(depth + 1, indent + "  ", successorTargets: null, graph: true, minOps: generic ? 1 : 0);
        _visible.Clear();
        _visible.AddRange(outer);
        if (generic)
        {
            _out.Append(indent).Append("})");
            string all = symbol.Length > 0 ? "sym_name = \"" + symbol.Trim('"') + "\"" : "";
            if (attrs.Length > 0)
                all = all.Length > 0 ? all + ", " + attrs : attrs;
            if (all.Length > 0)
                _out.Append(" {").Append(all).Append('}');
            _out.Append(" : () -> ()");
        }
        else
        {
            _out.Append(indent).Append('}');
        }
        if (_s.Chance(3))
            _out.Append(' ').Append(_locs.Loc(2));
        _out.Append('\n');
    }

    /// <summary>Writes one block's operations (the label is written by the caller).</summary>
    private void Block(int depth, string indent, List<string>? successorTargets, bool graph, int minOps = 0)
    {
        int ops = _s.Next(minOps, graph ? 5 : 4);
        for (int i = 0; i < ops; i++)
        {
            if (_s.Chance(12))
                _out.Append(indent).Append("// a comment with \"quotes\" and ^bb0\n");
            Op(depth, indent, null, allowRegistered: graph);
        }
        if (successorTargets != null && successorTargets.Count > 0 && !_s.Chance(5))
            Op(depth, indent, successorTargets, allowRegistered: false);
    }

    /// <summary>Writes one op. A registered op (module, cast) is not a terminator, so it may not end a block of a
    /// multi-block region: <paramref name="allowRegistered"/> is false there.</summary>
    private void Op(int depth, string indent, List<string>? successorTargets, bool allowRegistered)
    {
        _opBudget--;
        if (allowRegistered && depth > 0 && depth < 4 && _s.Chance(14))
        {
            Module(depth, indent, generic: _s.Chance(3));
            return;
        }
        if (allowRegistered && _s.Chance(14) && _visible.Count > 0)
        {
            Cast(indent);
            return;
        }

        int nResults = _s.Weighted([4, 4, 2]) switch { 0 => 0, 1 => 1, _ => _s.Next(2, 5) };
        var resultTypes = new List<string>();
        for (int i = 0; i < nResults; i++)
            resultTypes.Add(ValueType());
        var line = new StringBuilder(indent);
        var defined = new List<(string, string)>();
        if (nResults > 0)
            line.Append(ResultGroups(resultTypes, defined)).Append(" = ");
        line.Append('"').Append(_s.Pick(OpNames)).Append(_s.Next(0, 20).ToString(CultureInfo.InvariantCulture)).Append("\"(");
        var operandTypes = new List<string>();
        int nOperands = _visible.Count == 0 ? 0 : _s.Next(0, 4);
        for (int i = 0; i < nOperands; i++)
        {
            var (name, type) = _s.Pick(_visible);
            if (i > 0)
                line.Append(", ");
            line.Append(name);
            operandTypes.Add(type);
        }
        line.Append(')');
        if (successorTargets != null)
        {
            int n = _s.Next(1, 4);
            line.Append('[').Append(_s.List(n, _ => _s.Pick(successorTargets))).Append(']');
        }
        if (_s.Chance(4))
            line.Append(" <{").Append(_attrs.Entries(_s.Next(1, 4), 2)).Append("}>");
        _out.Append(line);
        if (depth < 3 && _opBudget > 0 && _s.Chance(3))
        {
            int regions = _s.Next(1, 4);
            _out.Append(" (");
            for (int r = 0; r < regions; r++)
            {
                if (r > 0)
                    _out.Append(", ");
                Region(depth + 1, indent);
            }
            _out.Append(')');
        }
        line.Clear();
        if (_s.Chance(2))
            line.Append(" {").Append(_attrs.Entries(_s.Next(0, 5), 2)).Append('}');
        line.Append(" : (").Append(string.Join(", ", operandTypes)).Append(") -> ");
        if (resultTypes.Count == 1 && !resultTypes[0].Contains("->", System.StringComparison.Ordinal) && _s.Chance(2))
            line.Append(resultTypes[0]);
        else
            line.Append('(').Append(string.Join(", ", resultTypes)).Append(')');
        if (_s.Chance(3))
            line.Append(' ').Append(_locs.Loc(2));
        _out.Append(line).Append('\n');
        _visible.AddRange(defined);
    }

    private void Cast(string indent)
    {
        int nIn = _s.Next(1, 3);
        int nOut = _s.Next(1, 3);
        var ins = new List<(string Name, string Type)>();
        for (int i = 0; i < nIn; i++)
            ins.Add(_s.Pick(_visible));
        var outTypes = new List<string>();
        for (int i = 0; i < nOut; i++)
            outTypes.Add(ValueType());
        var defined = new List<(string, string)>();
        var line = new StringBuilder(indent).Append(ResultGroups(outTypes, defined)).Append(" = ");
        var names = new List<string>();
        var types = new List<string>();
        foreach (var (n, t) in ins)
        {
            names.Add(n);
            types.Add(t);
        }
        if (_s.Chance(2))
        {
            line.Append("builtin.unrealized_conversion_cast ").Append(string.Join(", ", names)).Append(" : ")
                .Append(string.Join(", ", types)).Append(" to ").Append(string.Join(", ", outTypes));
        }
        else
        {
            line.Append("\"builtin.unrealized_conversion_cast\"(").Append(string.Join(", ", names)).Append(") : (")
                .Append(string.Join(", ", types)).Append(") -> (").Append(string.Join(", ", outTypes)).Append(')');
        }
        if (_s.Chance(3))
            line.Append(' ').Append(_locs.Loc(1));
        _out.Append(line).Append('\n');
        _visible.AddRange(defined);
    }

    /// <summary>Result names for <paramref name="types"/>: one or several groups (<c>%a:2, %b</c>).</summary>
    private string ResultGroups(List<string> types, List<(string, string)> defined)
    {
        var sb = new StringBuilder();
        int i = 0;
        while (i < types.Count)
        {
            int size = types.Count - i;
            if (size > 1 && _s.Chance(3))
                size = _s.Next(1, size);
            string name = ValueName();
            if (sb.Length > 0)
                sb.Append(", ");
            sb.Append(name);
            // "%a:1" is a valid group of one, used as "%a#0".
            bool grouped = size > 1 || _s.Chance(10);
            if (grouped)
                sb.Append(':').Append(size.ToString(CultureInfo.InvariantCulture));
            for (int k = 0; k < size; k++)
                defined.Add((grouped ? name + "#" + k.ToString(CultureInfo.InvariantCulture) : name, types[i + k]));
            i += size;
        }
        return sb.ToString();
    }

    private string ValueName()
    {
        string n = _s.Fresh().ToString(CultureInfo.InvariantCulture);
        return _s.Next(4) switch { 0 => "%" + n, 1 => "%v_" + n, 2 => "%x.y" + n, _ => "%val$" + n };
    }

    private string ValueType() => _s.Chance(3) ? _types.Scalar() : _types.Any(1);

    private void Region(int depth, string indent)
    {
        string inner = indent + "  ";
        if (_s.Chance(12))
        {
            _out.Append("{\n").Append(indent).Append('}');
            return;
        }
        _out.Append("{\n");
        int blocks = _s.Chance(2) ? 1 : _s.Next(2, 5);
        var labels = new List<string>();
        for (int b = 0; b < blocks; b++)
            labels.Add(_s.Chance(2) ? "^bb" + _s.Fresh().ToString(CultureInfo.InvariantCulture) : "^blk_" + _s.Fresh().ToString(CultureInfo.InvariantCulture));
        var targets = labels.GetRange(1, blocks - 1);
        int mark = _visible.Count;
        for (int b = 0; b < blocks; b++)
        {
            int nArgs = _s.Chance(2) ? 0 : _s.Next(1, 4);
            if (b > 0 || nArgs > 0 || _s.Chance(3))
            {
                _out.Append(indent).Append(labels[b]);
                if (nArgs > 0)
                {
                    _out.Append('(');
                    for (int a = 0; a < nArgs; a++)
                    {
                        string name = "%arg_" + _s.Fresh().ToString(CultureInfo.InvariantCulture);
                        string type = ValueType();
                        if (a > 0)
                            _out.Append(", ");
                        _out.Append(name).Append(": ").Append(type);
                        if (_s.Chance(3))
                            _out.Append(' ').Append(_locs.Loc(1));
                        _visible.Add((name, type));
                    }
                    _out.Append(')');
                }
                _out.Append(":\n");
            }
            int blockMark = _visible.Count;
            // Blocks of a CFG region are never empty (mlir-opt wants a terminator in an empty block; an empty
            // unlabeled entry block would also vanish from the text).
            Block(depth, inner, blocks > 1 ? targets : null, graph: blocks == 1, minOps: blocks > 1 ? 1 : 0);
            if (b > 0)
            {
                // Values of a non-entry block (arguments included) do not dominate its siblings.
                int argStart = blockMark - nArgs;
                _visible.RemoveRange(argStart, _visible.Count - argStart);
            }
        }
        _visible.RemoveRange(mark, _visible.Count - mark);
        _out.Append(indent).Append('}');
    }
}
