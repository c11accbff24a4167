using System.Collections.Generic;
using System.Threading;
using Dialectic.Core.IR;

namespace Dialectic.Core.Syntax;

/// <summary>
/// Assigns printed names to values and blocks exactly as MLIR's printer does. Regions are numbered from a
/// LIFO work list: a region's own values first, then the regions nested in its ops. In custom form each
/// region restarts from the counters its parent region had once fully numbered (so sibling regions reuse
/// numbers); in generic form (MLIR's unique-SSA-ids mode) counters are never restored, so every value of the
/// printed op gets a distinct number. Entry-block arguments are <c>%argN</c>, other block arguments and
/// results <c>%N</c>, blocks <c>^bbN</c> per region.
/// In custom form, ops may name their results (<see cref="OperationInfo.GetAsmResultNames"/>, MLIR's
/// <c>getAsmResultNames</c>): names are sanitized and made unique within the enclosing regions by
/// <c>_N</c> suffixes, and a result named on its own starts a new result group (<c>%a, %b:2 = ...</c>).
/// Names are stored in scratch fields stamped with a fresh epoch, so one IR can be printed by successive
/// printers (not concurrently by several). Iterative over nesting depth.
/// </summary>
internal sealed class SsaNameState
{
    private static int s_epoch;
    private readonly Dictionary<Operation, int[]> _resultGroups = new(ReferenceEqualityComparer.Instance);
    private readonly bool _customNames;
    private int _nextConflict;

    // The custom names in use: those of the region being numbered and of its enclosing regions. Regions are
    // numbered depth-first, so one set serves them all: _addedNames logs what was added, in order, and a region
    // first rolls the set back to the log length its parent region had once numbered (its sibling regions' names
    // leave). One hash lookup per fresh name and one per removal, whatever the nesting depth.
    private readonly HashSet<string> _usedNames = new(System.StringComparer.Ordinal);
    private readonly List<string> _addedNames = new();

    /// <summary><see cref="SetValueName"/> as the delegate handed to naming hooks, made once (not per op).</summary>
    private readonly AsmSetValueName _setValueName;

    public SsaNameState(Operation root, bool uniqueIds = false, bool customNames = false)
    {
        Epoch = Interlocked.Increment(ref s_epoch);
        _customNames = customNames;
        _setValueName = SetValueName;
        int nextValue = 0, nextArg = 0;
        var contexts = new Stack<(Region Region, int NextValue, int NextArg, int NextConflict, int NamesMark)>();
        // Regions of the root start from the counters before the root's results were numbered, as in MLIR, but
        // see the root's own names.
        int rootValue = nextValue, rootArg = nextArg, rootConflict = _nextConflict;
        NumberOp(root, ref nextValue);
        for (int r = 0; r < root.NumRegions; r++)
            contexts.Push((root.Regions[r], rootValue, rootArg, rootConflict, _addedNames.Count));
        var nested = new List<Region>();
        while (contexts.Count > 0)
        {
            var (region, v, a, c, mark) = contexts.Pop();
            if (!uniqueIds)
            {
                nextValue = v;
                nextArg = a;
                _nextConflict = c;
            }
            RollBackNames(mark);
            int nextBlock = 0;
            var parentInfo = region.ParentOp?.Name.Info;
            if (customNames && parentInfo?.GetAsmBlockArgumentNames != null)
                parentInfo.GetAsmBlockArgumentNames(region, _setValueName);
            // One walk numbers the region's own values and lists its ops' regions (in program order).
            nested.Clear();
            for (var block = region.FirstBlock; block != null; block = block.NextBlock)
            {
                block.AsmEpoch = Epoch;
                block.AsmId = nextBlock++;
                bool entry = block.PrevBlock == null;
                for (int i = 0; i < block.NumArguments; i++)
                {
                    var arg = block.GetArgument(i);
                    if (arg.AsmEpoch == Epoch)
                        continue; // named by the parent op
                    arg.AsmEpoch = Epoch;
                    arg.AsmIsArg = entry;
                    arg.AsmName = null;
                    arg.AsmId = entry ? nextArg++ : nextValue++;
                    if (entry && customNames)
                        AddName(ArgName(arg.AsmId));
                }
                for (var op = block.FirstOp; op != null; op = op.NextOp)
                {
                    NumberOp(op, ref nextValue);
                    for (int r = 0; r < op.NumRegions; r++)
                        nested.Add(op.Regions[r]);
                }
            }
            // Nested regions start from this region's final counters and names.
            foreach (var inner in nested)
                contexts.Push((inner, nextValue, nextArg, _nextConflict, _addedNames.Count));
        }
    }

    /// <summary>Marks <paramref name="name"/> used; false when it already was.</summary>
    private bool AddName(string name)
    {
        if (!_usedNames.Add(name))
            return false;
        _addedNames.Add(name);
        return true;
    }

    /// <summary>Forgets the names added after the first <paramref name="mark"/>.</summary>
    private void RollBackNames(int mark)
    {
        for (int i = _addedNames.Count - 1; i >= mark; i--)
            _usedNames.Remove(_addedNames[i]);
        if (_addedNames.Count > mark)
            _addedNames.RemoveRange(mark, _addedNames.Count - mark);
    }

    private static readonly string[] s_argNames = new string[64];

    /// <summary><c>argN</c>, shared for small N (every function's arguments reuse them).</summary>
    private static string ArgName(int id)
    {
        if ((uint)id >= (uint)s_argNames.Length)
            return "arg" + id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        // A benign race: two threads may each store an equal string.
        return s_argNames[id] ??= "arg" + id.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    public int Epoch { get; }

    private void NumberOp(Operation op, ref int nextValue)
    {
        int numResults = op.NumResults;
        if (_customNames && op.Name.Info?.GetAsmResultNames is { } hook)
        {
            _currentGroups = null;
            _currentOp = op;
            hook(op, _setValueName);
            _currentOp = null;
            if (_currentGroups != null)
            {
                _currentGroups.Sort();
                _resultGroups[op] = _currentGroups.ToArray();
            }
        }
        if (numResults == 0)
            return;
        var r0 = op.GetResult(0);
        if (r0.AsmEpoch == Epoch)
            return; // named by the hook
        r0.AsmEpoch = Epoch;
        r0.AsmIsArg = false;
        r0.AsmName = null;
        r0.AsmId = nextValue++;
    }

    private Operation? _currentOp;
    private List<int>? _currentGroups;

    /// <summary>The naming callback handed to ops: names a result (or a block argument) uniquely.</summary>
    private void SetValueName(Value value, string name)
    {
        if (string.IsNullOrEmpty(name))
            return;
        // A named result other than the first starts a new result group (MLIR's resultGroups).
        if (value is OpResult r && r.Owner == _currentOp && r.ResultNumber > 0)
            (_currentGroups ??= new List<int> { 0 }).Add(r.ResultNumber);
        value.AsmEpoch = Epoch;
        value.AsmIsArg = false;
        value.AsmName = UniqueName(Sanitize(name));
    }

    /// <summary>MLIR's sanitizeIdentifier: invalid characters become hex (space becomes '_'); a leading digit gets '_'.</summary>
    private static string Sanitize(string name)
    {
        bool valid = true;
        foreach (char c in name)
            if (!(char.IsAsciiLetterOrDigit(c) || c is '$' or '.' or '_' or '-'))
            {
                valid = false;
                break;
            }
        if (valid && !char.IsAsciiDigit(name[0]))
            return name;
        var sb = new System.Text.StringBuilder();
        if (char.IsAsciiDigit(name[0]))
            sb.Append('_');
        foreach (char c in name)
        {
            if (char.IsAsciiLetterOrDigit(c) || c is '$' or '.' or '_' or '-')
                sb.Append(c);
            else if (c == ' ')
                sb.Append('_');
            else
                sb.Append(((int)c).ToString("X"));
        }
        return sb.ToString();
    }

    /// <summary>The name itself if unused in the enclosing scopes, else the first free <c>name_N</c>.</summary>
    private string UniqueName(string name)
    {
        if (AddName(name))
            return name;
        while (true)
        {
            string probe = name + "_" + _nextConflict++;
            if (AddName(probe))
                return probe;
        }
    }

    /// <summary>True when <paramref name="v"/> was named by this state.</summary>
    public bool IsNamed(Value v)
    {
        if (v is OpResult r && r.ResultNumber > 0)
            return r.Owner.GetResult(0).AsmEpoch == Epoch;
        return v.AsmEpoch == Epoch;
    }

    /// <summary>Start of the result group containing result <paramref name="resultNumber"/>, and the group size.</summary>
    private (int Start, int Size) GroupOf(Operation op, int resultNumber)
    {
        if (!_resultGroups.TryGetValue(op, out var groups))
            return (0, op.NumResults);
        int start = 0;
        foreach (var g in groups)
            if (g <= resultNumber)
                start = g;
        int end = op.NumResults;
        foreach (var g in groups)
            if (g > start)
            {
                end = g;
                break;
            }
        return (start, end - start);
    }

    private void WriteName(AsmWriter w, Value v)
    {
        w.Write('%');
        if (v.AsmName != null)
        {
            w.Write(v.AsmName);
            return;
        }
        if (v.AsmIsArg)
            w.Write("arg");
        w.Write(v.AsmId);
    }

    /// <summary>Writes <c>%N</c>, <c>%argN</c>, <c>%name</c> or <c>%N#i</c> for a use of <paramref name="v"/>.</summary>
    public void PrintValueId(AsmWriter w, Value v)
    {
        // Any result of a multi-result group is printed with its index, `%4#0` included (as MLIR does).
        if (v is OpResult r && (r.ResultNumber > 0 || r.Owner.NumResults > 1))
        {
            var (start, size) = GroupOf(r.Owner, r.ResultNumber);
            var first = r.Owner.GetResult(start);
            if (first.AsmEpoch != Epoch)
            {
                w.Write("<<UNKNOWN SSA VALUE>>");
                return;
            }
            WriteName(w, first);
            if (size > 1)
            {
                w.Write('#');
                w.Write(r.ResultNumber - start);
            }
            return;
        }
        if (v.AsmEpoch != Epoch)
        {
            w.Write("<<UNKNOWN SSA VALUE>>");
            return;
        }
        WriteName(w, v);
    }

    /// <summary>Writes the result list of an op: <c>%N</c>, <c>%N:3</c>, or groups <c>%a, %b:2</c>.</summary>
    public void PrintResultGroups(AsmWriter w, Operation op)
    {
        int n = op.NumResults;
        if (!_resultGroups.TryGetValue(op, out var groups))
        {
            WriteName(w, op.GetResult(0));
            if (n > 1)
            {
                w.Write(':');
                w.Write(n);
            }
            return;
        }
        for (int i = 0; i < groups.Length; i++)
        {
            if (i > 0)
                w.Write(", ");
            int start = groups[i];
            int end = i + 1 < groups.Length ? groups[i + 1] : n;
            WriteName(w, op.GetResult(start));
            if (end - start > 1)
            {
                w.Write(':');
                w.Write(end - start);
            }
        }
    }

    /// <summary>Writes <c>^bbN</c>.</summary>
    public void PrintBlockName(AsmWriter w, Block b)
    {
        if (b.AsmEpoch != Epoch)
        {
            w.Write("^INVALIDBLOCK");
            return;
        }
        w.Write("^bb");
        w.Write(b.AsmId);
    }

    /// <summary>The block's number within its region (for sorting predecessors).</summary>
    public int BlockOrdering(Block b) => b.AsmId;
}
