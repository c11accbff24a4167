using Dialectic.Tools.Opt;
using Xunit;

namespace Dialectic.Dialects.Tests;

public sealed class RegistrationTests
{
    [Fact]
    public void DialecticOptRegistersTheCoreDialects()
    {
        var context = OptMain.CreateContext(false);
        var names = new System.Collections.Generic.List<string>();
        foreach (var d in context.Dialects)
            names.Add(d.Namespace);
        foreach (var expected in new[] { "builtin", "arith", "cf", "func", "index", "math", "memref", "scf" })
            Assert.Contains(expected, names);
    }
}
