using System;

namespace Dialectic.Dialects.Tests.Differential;

/// <summary>The dialects whose operations the program generator may emit (func is always on: programs are
/// modules of functions).</summary>
[Flags]
internal enum GenDialects
{
    None = 0,
    Arith = 1,
    Math = 2,
    Index = 4,
    Cf = 8,
    Scf = 16,
    MemRef = 32,
    All = Arith | Math | Index | Cf | Scf | MemRef,
}
