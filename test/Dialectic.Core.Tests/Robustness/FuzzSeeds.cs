namespace Dialectic.Core.Tests.Robustness;

/// <summary>
/// Valid MLIR files (checked against mlir-opt-22 with --allow-unregistered-dialect) that the mutation fuzzer
/// starts from: together they use nearly all of the generic syntax and the builtin types and attributes.
/// </summary>
internal static class FuzzSeeds
{
    public static readonly string[] All =
    [
        // Functions with blocks, successors, aliases and a module attribute dictionary.
        """
        #map = affine_map<(d0, d1)[s0] -> (d0 + s0, d1 floordiv 4)>
        #set = affine_set<(d0)[s0] : (d0 - s0 >= 0, d0 == 0)>
        !tensor = tensor<4x?xf32>
        module attributes {t.spec = "hint", t.flag} {
          "t.func"() <{function_type = (i32, !tensor) -> (i32, index), sym_name = "compute"}> ({
          ^bb0(%arg0: i32, %arg1: !tensor):
            %0 = "t.constant"() <{value = 42 : i32}> : () -> i32
            %1 = "t.addi"(%arg0, %0) <{overflowFlags = #t.overflow<none>}> : (i32, i32) -> i32
            %c0 = "t.constant"() <{value = 0 : index}> : () -> index
            %2 = "t.dim"(%arg1, %c0) : (!tensor, index) -> index
            %3:2 = "t.pair"(%1, %2) {map = #map, set = #set} : (i32, index) -> (i32, index)
            "t.cond_br"(%0, %3#0, %3#1)[^bb1, ^bb2] <{operandSegmentSizes = array<i32: 1, 1, 1>}> : (i32, i32, index) -> ()
          ^bb1(%4: i32):
            "t.br"(%4)[^bb3] : (i32) -> ()
          ^bb2(%5: index):
            %6 = "t.index_cast"(%5) : (index) -> i32
            "t.br"(%6)[^bb3] : (i32) -> ()
          ^bb3(%7: i32):
            "t.return"(%7, %2) : (i32, index) -> ()
          }) : () -> ()
          "t.func"() <{function_type = () -> (), sym_name = "callee", sym_visibility = "private"}> ({
            "t.call"() <{callee = @compute}> : () -> ()
            "t.return"() : () -> ()
          }) : () -> ()
        }
        """,
        // Every builtin attribute and type, with a resource blob.
        """
        "t.attrs"() {
          arr = [1, 2.5 : f32, "str", unit, i32, @sym, @outer::@inner, [true, false], {nested = 3 : i8}],
          dense_i = dense<[[1, 2], [3, 4]]> : tensor<2x2xi32>,
          dense_f = dense<[1.0, -2.5e+03, 0x7FC00000]> : tensor<3xf32>,
          dense_splat = dense<1.5> : vector<4xf16>,
          dense_c = dense<[(1.0, 2.0), (3.0, -4.0)]> : tensor<2xcomplex<f64>>,
          dense_s = dense<["a", "bc\0A"]> : tensor<2x!t.str>,
          dense_hex = dense<"0x0100000002000000"> : tensor<2xi32>,
          dense_empty = dense<> : tensor<0xi64>,
          darr = array<i64: 1, -2, 3>,
          farr = array<f32: 1.0, 2.0>,
          sparse = sparse<[[0, 0], [1, 2]], [1, 5]> : tensor<3x4xi32>,
          res = dense_resource<blob1> : tensor<2xi32>,
          ints = [0 : i1, -1 : si8, 255 : ui8, 0x7FFFFFFFFFFFFFFF : i64, -170141183460469231731687303715884105728 : i128],
          floats = [0.0 : bf16, 1.0e-3 : f64, 0x7C00 : f16, 2.0 : f8E4M3FN, 3.0 : tf32, 1.5 : f80],
          types = [index, none, complex<i16>, tuple<i32, tuple<>, f64>, vector<[4]x8xf32>, tensor<*xi8>,
                   tensor<2x?xf32, "enc">, memref<4x?xf32, strided<[?, 1], offset: ?>>, memref<*xf32, 1>,
                   memref<8xi32, affine_map<(d0) -> (d0 + 1)>, 3>, (i32, f32) -> (), () -> (i1, i2)],
          strided = strided<[4, 1], offset: 8>,
          opaque_a = #t.thing<"payload" [1, {x}] (nested <angles>)>,
          opaque_t = !t.type<[4 x i32], "q">,
          distinct_a = distinct[0]<[1, 2]>,
          distinct_b = distinct[0]<[1, 2]>,
          map = affine_map<(d0, d1)[s0, s1] -> (d0 * 2 + s0, (d1 mod 3) ceildiv s1, -d0)>,
          set = affine_set<()[s0] : (s0 >= 0, -s0 + 7 >= 0)>,
          unit_a,
          str = "with \"escapes\" \\ \t and \FF bytes"
        } : () -> ()
        {-#
          dialect_resources: {
            builtin: {
              blob1: "0x040000000100000002000000"
            }
          }
        #-}
        """,
        // Locations of every kind, graph-region forward references, custom-form casts.
        """
        #loc = loc("model.py":10:5)
        #loc1 = loc("model.py":11:7 to 11:19)
        #loc2 = loc(callsite("callee" at #loc))
        module @m {
          %0 = "t.producer"() : () -> i32 loc(#loc)
          %1 = "t.consumer"(%0, %2) : (i32, i64) -> i64 loc(fused<"fusion">[#loc, #loc1])
          %2 = "t.late"() : () -> i64 loc(#loc2)
          "t.region_op"() ({
            "t.inner"() : () -> () loc("named"(#loc1))
          }, {
          ^bb0(%a: f32 loc("arg.mlir":1:1), %b: f32):
            %3 = "t.use"(%a, %b) : (f32, f32) -> f32 loc(unknown)
            "t.yield"(%3) : (f32) -> ()
          }) {sym_name = "region"} : () -> () loc(fused[#loc, "x"])
          %5 = "builtin.unrealized_conversion_cast"(%0) : (i32) -> f32 loc(#loc1)
          %4 = builtin.unrealized_conversion_cast %2 : i64 to index
        }
        """,
        // Nested regions with multi-block bodies, result groups and properties.
        """
        "t.graph"() ({
          %r:3 = "t.multi"() : () -> (i1, i8, i16)
          "t.deep"() ({
            "t.deeper"() ({
              ^entry:
                "t.br"()[^exit] : () -> ()
              ^exit:
                "t.deepest"(%r#2) ({
                  ^bb0(%x: tensor<?x4xcomplex<f32>>):
                    "t.terminator"(%x) : (tensor<?x4xcomplex<f32>>) -> ()
                }) : (i16) -> ()
                "t.end"() : () -> ()
            }) : () -> ()
          }) {attr = #t<"opaque">} : () -> ()
          "t.props"() <{p = [1, 2], q = {inner = "s"}}> {discardable = 0 : index} : () -> ()
        }) {sym_visibility = "public"} : () -> ()
        """,
    ];
}
