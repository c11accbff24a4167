using System;
using System.Runtime.InteropServices;

namespace Dialectic.Dialects.Math.Folding;

/// <summary>
/// Calls the host C library's math functions (<c>libm</c>), so that folded constants carry the very bits that
/// MLIR's folders, which call the same functions, produce on this machine. The library is looked up once; where
/// it or one of its functions is missing, the function is unavailable and the op is left unfolded rather than
/// folded to a value MLIR would not produce.
/// </summary>
internal static unsafe class HostMath
{
    private static readonly nint Library = LoadLibrary();
    private static readonly nint[] DoubleEntries = Resolve(isFloat: false);
    private static readonly nint[] FloatEntries = Resolve(isFloat: true);

    /// <summary>
    /// Evaluates the double version of <paramref name="function"/> (<c>sin</c>); false when unavailable.
    /// </summary>
    public static bool TryEvaluate(HostFunction function, double x, out double result)
    {
        nint entry = DoubleEntries[(int)function];
        if (entry == 0 || IsBinary(function))
        {
            result = 0;
            return false;
        }
        result = ((delegate* unmanaged<double, double>)entry)(x);
        return true;
    }

    /// <summary>
    /// Evaluates the float version of <paramref name="function"/> (<c>sinf</c>); false when unavailable.
    /// </summary>
    public static bool TryEvaluate(HostFunction function, float x, out float result)
    {
        nint entry = FloatEntries[(int)function];
        if (entry == 0 || IsBinary(function))
        {
            result = 0;
            return false;
        }
        result = ((delegate* unmanaged<float, float>)entry)(x);
        return true;
    }

    /// <summary>Evaluates a two-argument function (<c>atan2</c>, <c>pow</c>) in double.</summary>
    public static bool TryEvaluate(HostFunction function, double x, double y, out double result)
    {
        nint entry = DoubleEntries[(int)function];
        if (entry == 0 || !IsBinary(function))
        {
            result = 0;
            return false;
        }
        result = ((delegate* unmanaged<double, double, double>)entry)(x, y);
        return true;
    }

    /// <summary>Evaluates a two-argument function (<c>atan2f</c>, <c>powf</c>) in float.</summary>
    public static bool TryEvaluate(HostFunction function, float x, float y, out float result)
    {
        nint entry = FloatEntries[(int)function];
        if (entry == 0 || !IsBinary(function))
        {
            result = 0;
            return false;
        }
        result = ((delegate* unmanaged<float, float, float>)entry)(x, y);
        return true;
    }

    private static bool IsBinary(HostFunction function) => function is HostFunction.Atan2 or HostFunction.Pow;

    /// <summary>The C name of the double version (the float version appends <c>f</c>).</summary>
    private static string CName(HostFunction function) => function switch
    {
        HostFunction.Expm1 => "expm1",
        HostFunction.Log1p => "log1p",
        _ => function.ToString().ToLowerInvariant(),
    };

    private static nint LoadLibrary()
    {
        string[] candidates = OperatingSystem.IsWindows() ? ["ucrtbase.dll", "msvcrt.dll"]
            : OperatingSystem.IsMacOS() ? ["/usr/lib/libSystem.B.dylib", "libm.dylib"]
            : ["libm.so.6", "libm.so"];
        foreach (var name in candidates)
            if (NativeLibrary.TryLoad(name, out nint handle))
                return handle;
        return 0;
    }

    private static nint[] Resolve(bool isFloat)
    {
        var values = Enum.GetValues<HostFunction>();
        var entries = new nint[values.Length];
        if (Library == 0)
            return entries;
        foreach (var f in values)
        {
            string name = CName(f) + (isFloat ? "f" : "");
            if (NativeLibrary.TryGetExport(Library, name, out nint address))
                entries[(int)f] = address;
        }
        return entries;
    }
}
