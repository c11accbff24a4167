using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Dialectic.Dialects.Tests.Differential;

/// <summary>
/// The state of one program being generated: the seeded random source, the text of the function being written,
/// the values visible at the insertion point (a stack of scopes, one per region and per non-entry block), the
/// function's lazily grown argument list, and the module-level symbols (functions, declarations, globals).
/// Generators ask <see cref="Use"/> for an operand of a type; it reuses a visible value or materializes one (a
/// constant, an allocation, or, when no enabled dialect can, a new function argument), so every dialect can be
/// switched off on its own.
/// </summary>
internal sealed class GenContext
{
    private readonly List<List<GenValue>> _scopes = [];
    private readonly List<DialectGen> _generators = [];
    private StringBuilder _out = new();
    private int _counter;

    public GenContext(int seed, GenOptions options)
    {
        Rng = new Random(seed);
        Options = options;
        Types = new TypeChooser(this);
        Arith = new ArithGen();
        Index = new IndexGen();
        MemRef = new MemRefGen();
        Func = new FuncGen();
        Cf = new CfGen();
        Scf = new ScfGen();
        DialectGen[] all = [Arith, new MathGen(), Index, Cf, Scf, MemRef];
        foreach (var g in all)
        {
            if (options.Has(g.Dialect))
                _generators.Add(g);
        }
    }

    public Random Rng { get; }

    public GenOptions Options { get; }

    public TypeChooser Types { get; }

    public ArithGen Arith { get; }

    public IndexGen Index { get; }

    public MemRefGen MemRef { get; }

    public FuncGen Func { get; }

    public CfGen Cf { get; }

    public ScfGen Scf { get; }

    /// <summary>Region nesting depth at the insertion point (0 in a function body).</summary>
    public int Depth { get; private set; }

    /// <summary>Whether an operation emitted now may have regions.</summary>
    public bool CanNest => Depth < Options.MaxDepth && _budget > 4;

    // Random operations the current function may still emit.
    private int _budget;

    /// <summary>The function being generated.</summary>
    public FunctionState Function { get; private set; } = new("none");

    /// <summary>Functions and declarations callable from the program.</summary>
    public List<FunctionSignature> Callees { get; } = [];

    /// <summary>Module-level operations other than the functions with bodies (declarations, globals).</summary>
    public List<string> ModuleOps { get; } = [];

    /// <summary>The memref globals declared so far.</summary>
    public List<(string Name, GenType Type)> Globals { get; } = [];

    public bool Has(GenDialects d) => Options.Has(d);

    // ---- random helpers ----

    public int Next(int maxExclusive) => Rng.Next(maxExclusive);

    public int Next(int min, int maxExclusive) => Rng.Next(min, maxExclusive);

    /// <summary>True with probability 1/<paramref name="oneIn"/>.</summary>
    public bool Chance(int oneIn) => Rng.Next(oneIn) == 0;

    public T Pick<T>(IReadOnlyList<T> items) => items[Rng.Next(items.Count)];

    public static string Num(long v) => v.ToString(CultureInfo.InvariantCulture);

    private static readonly string[] Attributes =
    [
        "{tag = 1}", "{tag = \"s\"}", "{flag}", "{tag = [1, 2.5, \"x\"], flag}", "{tag = 7 : i8}",
        "{tag = dense<1> : vector<2xi32>}",
    ];

    /// <summary>A discardable attribute dictionary, with its leading space, one time in
    /// <paramref name="oneIn"/>; else "".</summary>
    public string AttrDict(int oneIn = 8) => Chance(oneIn) ? " " + Pick(Attributes) : "";

    // ---- text ----

    /// <summary>Writes one line at the current indentation.</summary>
    public void Line(string text) => _out.Append(' ', 2 * (Depth + 1)).Append(text).Append('\n');

    /// <summary>Writes one line one level less indented (block labels, <c>} else {</c>).</summary>
    public void OuterLine(string text) => _out.Append(' ', 2 * Depth).Append(text).Append('\n');

    /// <summary>A fresh SSA name, unique within the function.</summary>
    public string Fresh(string hint = "v") => "%" + hint + Num(_counter++);

    /// <summary>A fresh block label.</summary>
    public string FreshBlock() => "^bb" + Num(_counter++);

    /// <summary>A fresh module-level symbol name.</summary>
    public string FreshSymbol(string hint) => hint + Num(_counter++);

    // ---- scopes ----

    public void PushScope() => _scopes.Add([]);

    public void PopScope() => _scopes.RemoveAt(_scopes.Count - 1);

    /// <summary>Makes <paramref name="name"/> of <paramref name="type"/> visible from here on in the current
    /// scope; returns the name.</summary>
    public string Bind(string name, GenType type, bool inResultGroup = false)
    {
        _scopes[^1].Add(new GenValue(name, type) { InResultGroup = inResultGroup });
        return name;
    }

    /// <summary>Binds the results of an operation named <paramref name="name"/> with <paramref name="types"/>
    /// now and returns the text in front of <c>=</c> ("" for none).</summary>
    public string BindResults(string name, IReadOnlyList<GenType> types)
    {
        var results = PrepareResults(name, types);
        results.Bind();
        return results.Lhs;
    }

    /// <summary>Names the results of an operation with regions: the caller writes <see cref="PendingResults.Lhs"/>
    /// in front of the operation and calls <see cref="PendingResults.Bind"/> after its regions, so the results are
    /// not visible inside them. Several results are written <c>%r:2</c> (used as <c>%r#0</c>) or
    /// <c>%a, %b</c>.</summary>
    public PendingResults PrepareResults(string name, IReadOnlyList<GenType> types)
    {
        var values = new List<GenValue>();
        if (types.Count == 0)
            return new PendingResults(this, "", values);
        if (types.Count == 1)
        {
            values.Add(new GenValue(name, types[0]));
            return new PendingResults(this, name + " = ", values);
        }
        if (Chance(2))
        {
            var names = new StringBuilder();
            for (int i = 0; i < types.Count; i++)
            {
                string n = i == 0 ? name : Fresh();
                values.Add(new GenValue(n, types[i]));
                names.Append(i > 0 ? ", " : "").Append(n);
            }
            return new PendingResults(this, names + " = ", values);
        }
        for (int i = 0; i < types.Count; i++)
            values.Add(new GenValue(name + "#" + Num(i), types[i]));
        return new PendingResults(this, name + ":" + Num(types.Count) + " = ", values);
    }

    /// <summary>All visible values whose type satisfies <paramref name="match"/>.</summary>
    public List<GenValue> Visible(Func<GenType, bool> match)
    {
        var result = new List<GenValue>();
        foreach (var v in Function.Args)
        {
            if (match(v.Type))
                result.Add(v);
        }
        foreach (var scope in _scopes)
        {
            foreach (var v in scope)
            {
                if (match(v.Type))
                    result.Add(v);
            }
        }
        return result;
    }

    /// <summary>A visible value satisfying <paramref name="match"/>, or null.</summary>
    public GenValue? PickVisible(Func<GenType, bool> match)
    {
        var values = Visible(match);
        return values.Count == 0 ? null : Pick(values);
    }

    /// <summary>An operand of type <paramref name="type"/>: mostly a visible value, else a materialized one.</summary>
    public string Use(GenType type, bool allowResultNumbers = true)
    {
        var values = Visible(t => t.Equals(type));
        if (!allowResultNumbers)
            values.RemoveAll(v => v.InResultGroup);
        if (values.Count > 0 && !Chance(4))
            return Pick(values).Name;
        return Materialize(type);
    }

    /// <summary>Operands for each of <paramref name="types"/>, comma-separated.</summary>
    public string UseAll(IReadOnlyList<GenType> types, bool allowResultNumbers = true)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < types.Count; i++)
            sb.Append(i > 0 ? ", " : "").Append(Use(types[i], allowResultNumbers));
        return sb.ToString();
    }

    /// <summary>A new value of <paramref name="type"/> made by an enabled dialect (constant, allocation), or a
    /// new function argument.</summary>
    public string Materialize(GenType type)
    {
        if (!Chance(6))
        {
            string? made = type.IsMemRef
                ? (Has(GenDialects.MemRef) ? MemRef.TryMaterialize(this, type) : null)
                : type.IsIndex && Has(GenDialects.Index) && Chance(2)
                    ? Index.TryMaterialize(this, type)
                    : Has(GenDialects.Arith) ? Arith.TryMaterialize(this, type) : null;
            made ??= type.IsIndex && Has(GenDialects.Index) ? Index.TryMaterialize(this, type) : null;
            if (made != null)
                return made;
        }
        return NewArgument(type);
    }

    /// <summary>An index operand known to be the constant <paramref name="value"/> (where a verifier looks at
    /// constant operands), or a function argument when no constant dialect is enabled.</summary>
    public string IndexConstant(long value)
    {
        string r = Fresh("c");
        if (Has(GenDialects.Index) && (Chance(2) || !Has(GenDialects.Arith)))
            Line($"{r} = index.constant {Num(value)}");
        else if (Has(GenDialects.Arith))
            Line($"{r} = arith.constant {Num(value)} : index");
        else
            return NewArgument(GenType.IndexType);
        return Bind(r, GenType.IndexType);
    }

    /// <summary>Adds an argument of <paramref name="type"/> to the current function.</summary>
    public string NewArgument(GenType type)
    {
        string name = Fresh("arg");
        Function.Args.Add(new GenValue(name, type));
        return name;
    }

    // ---- operations and regions ----

    /// <summary>Emits <paramref name="count"/> random operations from the enabled dialects.</summary>
    public void EmitOps(int count)
    {
        for (int i = 0; i < count && _budget > 0; i++)
            EmitOneOp();
    }

    /// <summary>Emits one random operation, chosen by dialect weight (func calls included).</summary>
    public void EmitOneOp()
    {
        _budget--;
        int total = Func.Weight;
        foreach (var g in _generators)
            total += g.Weight;
        int r = Next(total);
        foreach (var g in _generators)
        {
            if (r < g.Weight)
            {
                g.Emit(this);
                return;
            }
            r -= g.Weight;
        }
        Func.Emit(this);
    }

    /// <summary>How many operations to put in a block at the current depth.</summary>
    public int OpsPerBlock()
    {
        int max = System.Math.Max(2, Options.MaxOpsPerBlock - 2 * Depth);
        return Next(Depth == 0 ? 2 : 0, max + 1);
    }

    /// <summary>
    /// Writes a single-block region: one level deeper, in a new scope. <paramref name="body"/> binds the entry
    /// block's arguments, emits operations and the terminator. The caller writes the braces.
    /// </summary>
    public void Region(Action body)
    {
        Depth++;
        PushScope();
        body();
        PopScope();
        Depth--;
    }

    /// <summary>
    /// Writes the body of a region that may hold several blocks (a function, scf.execute_region): with cf enabled,
    /// sometimes a small CFG whose exits call <paramref name="exit"/>, else operations then <paramref name="exit"/>.
    /// </summary>
    public void MultiBlockBody(Action exit)
    {
        if (Has(GenDialects.Cf) && CanNest && Chance(3))
        {
            Cf.EmitCfg(this, exit);
            return;
        }
        EmitOps(OpsPerBlock());
        exit();
    }

    /// <summary>Starts a function: fresh argument list, counter and text buffer.</summary>
    public void BeginFunction(FunctionState function)
    {
        Function = function;
        _out = new StringBuilder();
        _scopes.Clear();
        PushScope();
        Depth = 0;
        _budget = Options.MaxOpsPerFunction;
    }

    /// <summary>The body text written since <see cref="BeginFunction"/>.</summary>
    public string EndFunction()
    {
        _scopes.Clear();
        return _out.ToString();
    }
}
