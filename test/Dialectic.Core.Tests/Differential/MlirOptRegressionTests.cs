using System.IO;
using Dialectic.Tools.Opt;
using Xunit;

namespace Dialectic.Core.Tests.Differential;

/// <summary>
/// The differences the mlir-opt differential corpus found, pinned with mlir-opt 22's output so that they stay
/// fixed where mlir-opt is not installed: <c>-1 : si1</c>, <c>sparse&lt;&gt;</c>, a splat of an empty shape, a
/// negative f8E8M0FNU literal, a NameLoc inside a NameLoc, <c>""</c> file names read as <c>"-"</c>, the
/// <c>builtin.</c> prefix inside regions of ops without a default dialect, and alias numbering when a custom
/// form prints attributes before regions.
/// </summary>
public sealed class MlirOptRegressionTests
{
    private const string Input = """
        #set = affine_set<(d0) : (d0 >= 0)>
        module attributes {t.a = affine_map<(d0) -> (d0 + 1)>} {
          "t.op"() {a = -1 : si1, b = sparse<> : tensor<2x3xf32>, c = dense<3.0> : tensor<1x0x3xf32>, d = -8.0 : f8E8M0FNU, e = affine_map<(d0) -> (d0)>} : () -> () loc("a"("b"("":1:2)))
          "t.region"() ({
            %0 = "t.c"() : () -> i32
            %1 = builtin.unrealized_conversion_cast %0 : i32 to f32
            module {}
          }) : () -> ()
        }
        """;

    [Fact]
    public void CustomForm() => Check(Custom);

    [Fact]
    public void GenericForm() => Check(Generic, "--mlir-print-op-generic");

    [Fact]
    public void CustomFormWithDebugInfo() => Check(CustomDebugInfo, "--mlir-print-debuginfo");

    private static void Check(string expected, params string[] flags)
    {
        string[] args = [.. flags, "--allow-unregistered-dialect", "-"];
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        // Both tools name standard input "<stdin>"; the output ends with an empty line.
        int rc = OptMain.Run(args, new StringReader(Input + "\n"), stdout, stderr);
        Assert.True(rc == 0, stderr.ToString());
        Assert.Equal(expected + "\n\n", stdout.ToString().Replace("\r\n", "\n", System.StringComparison.Ordinal));
    }

    private const string Custom = """
        #map = affine_map<(d0) -> (d0 + 1)>
        #map1 = affine_map<(d0) -> (d0)>
        module attributes {t.a = #map} {
          "t.op"() {a = -1 : si1, b = sparse<> : tensor<2x3xf32>, c = dense<3.000000e+00> : tensor<1x0x3xf32>, d = -8.000000e+00 : f8E8M0FNU, e = #map1} : () -> ()
          "t.region"() ({
            %0 = "t.c"() : () -> i32
            %1 = builtin.unrealized_conversion_cast %0 : i32 to f32
            builtin.module {
            }
          }) : () -> ()
        }
        """;

    private const string Generic = """
        #map = affine_map<(d0) -> (d0)>
        #map1 = affine_map<(d0) -> (d0 + 1)>
        "builtin.module"() ({
          "t.op"() {a = -1 : si1, b = sparse<> : tensor<2x3xf32>, c = dense<3.000000e+00> : tensor<1x0x3xf32>, d = -8.000000e+00 : f8E8M0FNU, e = #map} : () -> ()
          "t.region"() ({
            %0 = "t.c"() : () -> i32
            %1 = "builtin.unrealized_conversion_cast"(%0) : (i32) -> f32
            "builtin.module"() ({
            ^bb0:
            }) : () -> ()
          }) : () -> ()
        }) {t.a = #map1} : () -> ()
        """;

    private const string CustomDebugInfo = """
        #map = affine_map<(d0) -> (d0 + 1)>
        #map1 = affine_map<(d0) -> (d0)>
        module attributes {t.a = #map} {
          "t.op"() {a = -1 : si1, b = sparse<> : tensor<2x3xf32>, c = dense<3.000000e+00> : tensor<1x0x3xf32>, d = -8.000000e+00 : f8E8M0FNU, e = #map1} : () -> () loc(#loc7)
          "t.region"() ({
            %0 = "t.c"() : () -> i32 loc(#loc3)
            %1 = builtin.unrealized_conversion_cast %0 : i32 to f32 loc(#loc4)
            builtin.module {
            } loc(#loc5)
          }) : () -> () loc(#loc2)
        } loc(#loc)
        #loc = loc("<stdin>":2:1)
        #loc1 = loc("-":1:2)
        #loc2 = loc("<stdin>":4:3)
        #loc3 = loc("<stdin>":5:10)
        #loc4 = loc("<stdin>":6:10)
        #loc5 = loc("<stdin>":7:5)
        #loc6 = loc("b"(#loc1))
        #loc7 = loc("a"(#loc6))
        """;
}
