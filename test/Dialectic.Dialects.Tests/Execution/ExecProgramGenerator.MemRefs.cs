using System.Text;

namespace Dialectic.Dialects.Tests.Execution;

/// <summary>
/// Buffers: <c>memref.alloc</c> (freed at the end of its scope) and <c>memref.alloca</c> (outside loops), fully
/// initialized when created; in-bounds <c>load</c>/<c>store</c>, <c>subview</c>s with static offsets, sizes and
/// strides, <c>cast</c>s to and from a dynamic outer dimension, <c>copy</c> between distinct buffers, and
/// <c>dim</c>.
/// </summary>
internal sealed partial class ExecProgramGenerator
{
    private void GenMemRefOp()
    {
        var refs = _w.VisibleMemRefs();
        if (refs.Count == 0 || (refs.Count < 4 && _w.Chance(0.2)))
        {
            NewMemRef(PickScalarType(allowIndex: _w.Chance(0.2)), RandomShape(), allowDynamic: true);
            return;
        }
        var m = _w.Pick(refs);
        switch (Rng.Next(10))
        {
            case 0:
            case 1:
            case 2:
                Load(m);
                break;
            case 3:
            case 4:
                Store(m);
                break;
            case 5:
            {
                // A load of the value just stored.
                var (v, indices) = Store(m);
                var loaded = _w.Def("memref.load " + m.Name + "[" + indices + "] : " + m.TypeText, m.Element,
                    v.UMax, v.Bound, dynamic: true);
                _ = loaded;
                break;
            }
            case 6:
                SubView(m);
                break;
            case 7:
                Cast(m);
                break;
            case 8:
                Copy(m);
                break;
            default:
                Dim(m);
                break;
        }
    }

    /// <summary>A new initialized buffer of <paramref name="element"/>s: <c>alloca</c> outside loops sometimes,
    /// else <c>alloc</c> (maybe with a dynamic outer size given by an index constant).</summary>
    private ExecMemRef NewMemRef(ExecType element, int[] sizes, bool allowDynamic, bool initialize = true)
    {
        bool alloca = !_w.InLoop && _w.Chance(0.35);
        bool dynamic = allowDynamic && _w.Chance(0.3);
        string operands = "";
        if (dynamic)
        {
            var n = _w.IntConst(ExecType.Index, sizes[0]);
            operands = n.Name;
        }
        var m = new ExecMemRef(_w.NewName(), element, sizes, ExecMemRef.ContiguousStrides(sizes), 0, dynamic,
            identity: true, root: ++_roots);
        _w.Line(m.Name + " = memref." + (alloca ? "alloca(" : "alloc(") + operands + ") : " + m.TypeText);
        if (!alloca)
            _w.Scope.Allocs.Add(m);
        if (initialize)
            Initialize(m);
        _w.Scope.MemRefs.Add(m);
        return m;
    }

    /// <summary>Stores into every element: with constant indices for small buffers, else with a loop nest over
    /// the dimensions storing a function of the linear index.</summary>
    private void Initialize(ExecMemRef m)
    {
        int total = 1;
        foreach (int s in m.Sizes)
            total *= s;
        if (total <= 4 || _w.RegionDepth >= MaxDepth + 1)
        {
            var index = new int[m.Rank];
            for (int k = 0; k < total; k++)
            {
                int rest = k;
                for (int d = m.Rank - 1; d >= 0; d--)
                {
                    index[d] = rest % m.Sizes[d];
                    rest /= m.Sizes[d];
                }
                var sb = new StringBuilder();
                for (int d = 0; d < m.Rank; d++)
                    sb.Append(d > 0 ? ", " : "").Append(_w.IntConst(ExecType.Index, index[d], register: false).Name);
                var v = StorableValue(m.Element, 0.5);
                _w.Line("memref.store " + v.Name + ", " + m.Name + "[" + sb + "] : " + m.TypeText);
            }
            return;
        }
        var zero = _w.IntConst(ExecType.Index, 0, register: false);
        var one = _w.IntConst(ExecType.Index, 1, register: false);
        var seed = Fit(_w.Operand(m.Element, 0.3), MemoryBound / 2); // + the index stays below MemoryBound
        var ivs = new ExecValue[m.Rank];
        for (int d = 0; d < m.Rank; d++)
        {
            var ub = _w.IntConst(ExecType.Index, m.Sizes[d], register: false);
            ivs[d] = new ExecValue(_w.NewArgName(), ExecType.Index, (ulong)m.Sizes[d] - 1, 0);
            _w.Line("scf.for " + ivs[d].Name + " = " + zero.Name + " to " + ub.Name + " step " + one.Name + " {");
            _w.Indent();
            _w.RegionDepth++;
            _w.Push(loop: true);
        }
        var linear = ivs[0];
        for (int d = 1; d < m.Rank; d++)
        {
            var size = _w.IntConst(ExecType.Index, m.Sizes[d], register: false);
            var scaled = _w.DefInt("arith.muli " + linear.Name + ", " + size.Name + " : index", ExecType.Index);
            linear = _w.DefInt("arith.addi " + scaled.Name + ", " + ivs[d].Name + " : index", ExecType.Index);
        }
        ExecValue value;
        var e = m.Element;
        if (e.IsFloat)
        {
            var i = _w.DefInt("arith.index_cast " + linear.Name + " : index to i32", ExecType.I32);
            var f = _w.Def("arith.sitofp " + i.Name + " : i32 to " + e.Text, e, 0, 64);
            value = _w.Def("arith.addf " + f.Name + ", " + seed.Name + " : " + e.Text, e, 0, seed.Bound + 64);
        }
        else
        {
            var i = e.IsIndex ? linear : _w.DefInt("arith.index_cast " + linear.Name + " : index to " + e.Text, e);
            value = _w.DefInt("arith.xori " + i.Name + ", " + seed.Name + " : " + e.Text, e);
        }
        var idx = new StringBuilder();
        for (int d = 0; d < m.Rank; d++)
            idx.Append(d > 0 ? ", " : "").Append(ivs[d].Name);
        _w.Line("memref.store " + value.Name + ", " + m.Name + "[" + idx + "] : " + m.TypeText);
        for (int d = 0; d < m.Rank; d++)
        {
            _w.Pop();
            _w.RegionDepth--;
            _w.Dedent();
            _w.Line("}");
        }
    }

    /// <summary>A value that may be stored: floats clamped to <see cref="MemoryBound"/>.</summary>
    private ExecValue StorableValue(ExecType element, double constantChance) =>
        Fit(_w.Operand(element, constantChance), MemoryBound);

    /// <summary>In-bounds indices for <paramref name="m"/>, comma separated.</summary>
    private string Indices(ExecMemRef m)
    {
        var sb = new StringBuilder();
        for (int d = 0; d < m.Rank; d++)
            sb.Append(d > 0 ? ", " : "").Append(_w.IndexBelow(m.Sizes[d]).Name);
        return sb.ToString();
    }

    private ExecValue Load(ExecMemRef m)
    {
        string indices = Indices(m);
        var e = m.Element;
        return _w.Def("memref.load " + m.Name + "[" + indices + "] : " + m.TypeText, e, e.Mask,
            e.IsFloat ? MemoryBound : 0, dynamic: true);
    }

    private (ExecValue Value, string Indices) Store(ExecMemRef m)
    {
        var v = StorableValue(m.Element, 0.2);
        string indices = Indices(m);
        _w.Line("memref.store " + v.Name + ", " + m.Name + "[" + indices + "] : " + m.TypeText);
        return (v, indices);
    }

    /// <summary>A subview with static offsets, sizes and strides (1 or 2) inside <paramref name="m"/>; its
    /// layout is computed as MLIR infers it.</summary>
    private void SubView(ExecMemRef m)
    {
        int rank = m.Rank;
        var offsets = new int[rank];
        var sizes = new int[rank];
        var steps = new int[rank];
        var strides = new int[rank];
        int offset = m.Offset;
        for (int d = 0; d < rank; d++)
        {
            int size = m.Sizes[d];
            steps[d] = size >= 3 && _w.Chance(0.3) ? 2 : 1;
            int maxCount = (size - 1) / steps[d] + 1;
            sizes[d] = 1 + Rng.Next(maxCount);
            int span = (sizes[d] - 1) * steps[d] + 1;
            offsets[d] = Rng.Next(size - span + 1);
            strides[d] = m.Strides[d] * steps[d];
            offset += offsets[d] * m.Strides[d];
        }
        var view = new ExecMemRef(_w.NewName(), m.Element, sizes, strides, offset, dynamicFirst: false,
            identity: false, root: m.Root);
        _w.Line(view.Name + " = memref.subview " + m.Name + "[" + Join(offsets) + "] [" + Join(sizes) + "] ["
            + Join(steps) + "] : " + m.TypeText + " to " + view.TypeText);
        _w.Scope.MemRefs.Add(view);
    }

    private static string Join(int[] values)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < values.Length; i++)
            sb.Append(i > 0 ? ", " : "").Append(values[i]);
        return sb.ToString();
    }

    /// <summary><c>memref.cast</c> of an identity-layout buffer to a dynamic outer dimension or back.</summary>
    private void Cast(ExecMemRef m)
    {
        if (!m.Identity)
        {
            Load(m);
            return;
        }
        var cast = new ExecMemRef(_w.NewName(), m.Element, m.Sizes, m.Strides, m.Offset, !m.DynamicFirst,
            identity: true, root: m.Root);
        _w.Line(cast.Name + " = memref.cast " + m.Name + " : " + m.TypeText + " to " + cast.TypeText);
        _w.Scope.MemRefs.Add(cast);
    }

    /// <summary><c>memref.copy</c> from <paramref name="m"/> into a visible buffer of the same shape and element
    /// type but another allocation, or into a new buffer.</summary>
    private void Copy(ExecMemRef m)
    {
        var targets = _w.VisibleMemRefs(o => o.Root != m.Root && ReferenceEquals(o.Element, m.Element)
            && SameSizes(o.Sizes, m.Sizes));
        ExecMemRef target;
        bool fresh = targets.Count == 0 || _w.Chance(0.4);
        if (fresh)
            target = NewMemRef(m.Element, m.Sizes, allowDynamic: true, initialize: false);
        else
            target = _w.Pick(targets);
        _w.Line("memref.copy " + m.Name + ", " + target.Name + " : " + m.TypeText + " to " + target.TypeText);
    }

    private static bool SameSizes(int[] a, int[] b)
    {
        if (a.Length != b.Length)
            return false;
        for (int i = 0; i < a.Length; i++)
        {
            if (a[i] != b[i])
                return false;
        }
        return true;
    }

    private void Dim(ExecMemRef m)
    {
        int d = Rng.Next(m.Rank);
        var c = _w.IntConst(ExecType.Index, d, register: false);
        _w.Def("memref.dim " + m.Name + ", " + c.Name + " : " + m.TypeText, ExecType.Index, (ulong)m.Sizes[d], 0,
            dynamic: m.DynamicFirst && d == 0);
    }
}
