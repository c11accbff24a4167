using System;
using System.Runtime.InteropServices;

namespace Dialectic.Tools.Run;

/// <summary>
/// Loads shared libraries with the C library's <c>dlopen</c>, which (unlike
/// <see cref="NativeLibrary.Load(string)"/>) can make a library's symbols global, so that libraries loaded
/// later resolve their undefined symbols against it, as mlir-runner's <c>--shared-libs</c> do.
/// </summary>
internal static unsafe class NativeLoader
{
    private const int RtldNow = 2;

    private static readonly object InitLock = new();
    private static bool _initialized;
    private static delegate* unmanaged<byte*, int, nint> _dlopen;
    private static delegate* unmanaged<byte*> _dlerror;

    /// <summary>
    /// Loads <paramref name="path"/> with every symbol bound now; <paramref name="global"/> makes its symbols
    /// available to libraries loaded later. Returns the handle, or 0 with the loader's reason in
    /// <paramref name="error"/>. Loading a library twice returns the same handle.
    /// </summary>
    public static nint Open(string path, bool global, out string error)
    {
        error = "";
        if (!Initialize())
        {
            if (NativeLibrary.TryLoad(path, out nint handle))
                return handle;
            error = "the library could not be loaded";
            return 0;
        }
        int flags = RtldNow | (global ? (OperatingSystem.IsMacOS() ? 0x8 : 0x100) : 0);
        nint name = Marshal.StringToCoTaskMemUTF8(path);
        try
        {
            nint result = _dlopen((byte*)name, flags);
            if (result == 0)
            {
                byte* message = _dlerror();
                error = message == null ? "unknown error" : Marshal.PtrToStringUTF8((nint)message) ?? "unknown error";
            }
            return result;
        }
        finally
        {
            Marshal.FreeCoTaskMem(name);
        }
    }

    private static bool Initialize()
    {
        lock (InitLock)
        {
            if (_initialized)
                return _dlopen != null;
            _initialized = true;
            string[] candidates = OperatingSystem.IsMacOS() ? ["/usr/lib/libSystem.B.dylib"]
                : OperatingSystem.IsWindows() ? []
                : ["libc.so.6", "libdl.so.2", "libc.so"];
            foreach (string candidate in candidates)
            {
                if (!NativeLibrary.TryLoad(candidate, out nint libc))
                    continue;
                if (NativeLibrary.TryGetExport(libc, "dlopen", out nint open)
                    && NativeLibrary.TryGetExport(libc, "dlerror", out nint err))
                {
                    _dlopen = (delegate* unmanaged<byte*, int, nint>)open;
                    _dlerror = (delegate* unmanaged<byte*>)err;
                    return true;
                }
            }
            return false;
        }
    }
}
