// RUN: dialectic-opt --allow-unregistered-dialect --mlir-print-op-generic --split-input-file %s | FileCheck %s
// RUN: dialectic-opt --allow-unregistered-dialect --mlir-print-op-generic --split-input-file %s \
// RUN:   | dialectic-opt --allow-unregistered-dialect --mlir-print-op-generic --split-input-file | FileCheck %s
// RUN: dialectic-opt --allow-unregistered-dialect --mlir-print-op-generic --split-input-file --mlir-print-debuginfo %s \
// RUN:   | FileCheck %s --check-prefix=LOC
// RUN: dialectic-opt --allow-unregistered-dialect --mlir-print-op-generic --split-input-file --mlir-print-local-scope \
// RUN:   --mlir-print-debuginfo %s | FileCheck %s --check-prefix=LOCAL
// RUN: dialectic-opt --allow-unregistered-dialect --mlir-print-op-generic --split-input-file \
// RUN:   --mlir-elide-elementsattrs-if-larger=4 %s | FileCheck %s --check-prefix=ELIDE
// RUN: dialectic-opt --allow-unregistered-dialect --split-input-file %s | FileCheck %s --check-prefix=CUSTOM

// The generic printer and parser: every builtin attribute and type kind, aliases, locations, regions, blocks
// and the file metadata. The second RUN line re-parses the printed text and must print it identically.
// generic-roundtrip-mlir-opt.mlir feeds the same file through mlir-opt.

// CHECK-LABEL: "builtin.module"() ({
// CHECK-NEXT:    "foo.no_operands"() : () -> ()
// CHECK-NEXT:    %[[RES:.+]] = "foo.one_result"() : () -> i32
// CHECK-NEXT:    "foo.use"(%[[RES]], %[[RES]]) : (i32, i32) -> ()
// CHECK-NEXT:  }) : () -> ()
"foo.no_operands"() : () -> ()
%x = "foo.one_result"() : () -> i32
"foo.use"(%x, %x) : (i32, i32) -> ()

// -----

// Names are renumbered; a result group is named once and used with `#N`.
// CHECK-LABEL: "foo.result_groups"
// CHECK-SAME:    () -> (i32, f64, i8)
// CHECK:         "foo.use"(%[[G:.+]]#1, %[[G]]#2) : (f64, i8) -> ()
// CHECK:         %[[G2:.+]]:3 = "foo.result_groups_2"
// CHECK-NEXT:    "foo.use"(%[[G2]]#2) : (i8) -> ()
%a:2, %b = "foo.result_groups"() : () -> (i32, f64, i8)
"foo.use"(%a#1, %b) : (f64, i8) -> ()
%c, %d:2 = "foo.result_groups_2"() : () -> (i32, f64, i8)
"foo.use"(%d#1) : (i8) -> ()

// -----

// Forward references inside a graph region resolve to the later definition.
// CHECK-LABEL: "foo.forward_use"
// CHECK-SAME:    (%[[FWD:.+]]) : (i32) -> ()
// CHECK-NEXT:    %[[FWD]] = "foo.forward_def"() : () -> i32
"foo.forward_use"(%later) : (i32) -> ()
%later = "foo.forward_def"() : () -> i32

// -----

// CHECK-LABEL: "foo.regions"() ({
// CHECK-NEXT:      "foo.first"() : () -> ()
// CHECK-NEXT:    }, {
// CHECK-NEXT:    }, {
// CHECK-NEXT:      "foo.nested"() ({
// CHECK-NEXT:        "foo.inner"() : () -> ()
// CHECK-NEXT:      }) : () -> ()
// CHECK-NEXT:    }) : () -> ()
"foo.regions"() ({
  "foo.first"() : () -> ()
}, {
}, {
  "foo.nested"() ({
    "foo.inner"() : () -> ()
  }) : () -> ()
}) : () -> ()

// -----

// Block arguments are renamed %argN; a block is labeled when it has arguments or predecessors, and the label
// carries a comment listing the predecessors.
// CHECK-LABEL: "foo.cfg"() ({
// CHECK-NEXT:    ^bb0(%[[A0:.+]]: i32, %[[A1:.+]]: f32):
// CHECK-NEXT:      "foo.cond_br"(%[[A0]])[^bb1, ^bb2] : (i32) -> ()
// CHECK-NEXT:    ^bb1:  // pred: ^bb0
// CHECK-NEXT:      "foo.br"(%[[A1]])[^bb2] : (f32) -> ()
// CHECK-NEXT:    ^bb2:  // 3 preds: ^bb0, ^bb1, ^bb2
// CHECK-NEXT:      "foo.loop"()[^bb2] : () -> ()
// CHECK-NEXT:    ^bb3:  // no predecessors
// CHECK-NEXT:      "foo.return"() : () -> ()
// CHECK-NEXT:    }) : () -> ()
"foo.cfg"() ({
^entry(%x: i32, %y: f32):
  "foo.cond_br"(%x)[^then, ^loop] : (i32) -> ()
^then:
  "foo.br"(%y)[^loop] : (f32) -> ()
^loop:
  "foo.loop"()[^loop] : () -> ()
^dead:
  "foo.return"() : () -> ()
}) : () -> ()

// -----

// An entry block without arguments prints no label.
// CHECK-LABEL: "foo.entry_no_args"() ({
// CHECK-NEXT:      "foo.br"()[^bb1] : () -> ()
// CHECK-NEXT:    ^bb1:  // pred: ^bb0
"foo.entry_no_args"() ({
^bb0:
  "foo.br"()[^bb1] : () -> ()
^bb1:
  "foo.return"() : () -> ()
}) : () -> ()

// -----

// Properties print between the successors and the regions; attributes print sorted by name.
// CHECK-LABEL: "foo.properties"()[^bb1] <{a = [1], z = 2 : i32}> ({
// CHECK:         }) {m = 1 : i64, n = 2 : i64} : () -> ()
"foo.props_holder"() ({
  "foo.properties"()[^bb1] <{z = 2 : i32, a = [1 : i64]}> ({
    "foo.x"() : () -> ()
  }) {n = 2 : i64, m = 1 : i64} : () -> ()
^bb1:
  "foo.return"() : () -> ()
}) : () -> ()

// -----

// CHECK-LABEL: "foo.integer_attrs"() {
// CHECK-SAME:    big = 123456789012345678901234567890 : i128
// CHECK-SAME:    bool_f = false, bool_t = true
// CHECK-SAME:    hex = 255 : i32
// CHECK-SAME:    i1v = true
// CHECK-SAME:    idx = 3 : index
// CHECK-SAME:    int = 42 : i32
// CHECK-SAME:    int_default = 7 : i64
// CHECK-SAME:    neg = -7 : si8
// CHECK-SAME:    uns = 255 : ui8
"foo.integer_attrs"() {
  bool_t = true, bool_f = false, int = 42 : i32, int_default = 7, neg = -7 : si8, uns = 255 : ui8,
  idx = 3 : index, i1v = 1 : i1, hex = 0xFF : i32, big = 123456789012345678901234567890 : i128
} : () -> ()

// -----

// CHECK-LABEL: "foo.float_attrs"() {
// CHECK-SAME:    bf = 2.000000e+00 : bf16
// CHECK-SAME:    f128v = 1.000000e+00 : f128
// CHECK-SAME:    f16v = 1.500000e+00 : f16
// CHECK-SAME:    f32v = 1.000000e-01 : f32
// CHECK-SAME:    f64_default = 2.500000e-01 : f64
// CHECK-SAME:    f64v = -3.250000e+10 : f64
// CHECK-SAME:    f80v = 1.000000e+00 : f80
// CHECK-SAME:    inf = 0x7F800000 : f32
// CHECK-SAME:    nan = 0x7FC00000 : f32
// CHECK-SAME:    ninf = 0xFFF0000000000000 : f64
// CHECK-SAME:    tf = 1.000000e+00 : tf32
"foo.float_attrs"() {
  f16v = 1.5 : f16, bf = 2.0 : bf16, f32v = 0.1 : f32, f64v = -3.25e10 : f64, f64_default = 0.25,
  f80v = 1.0 : f80, f128v = 1.0 : f128, tf = 1.0 : tf32,
  inf = 0x7F800000 : f32, nan = 0x7FC00000 : f32, ninf = 0xFFF0000000000000 : f64
} : () -> ()

// -----

// CHECK-LABEL: "foo.string_attrs"() {
// CHECK-SAME:    esc = "\09\\"
// CHECK-SAME:    plain = "hello"
// CHECK-SAME:    quoted = "a \22b\22\0A"
// CHECK-SAME:    typed = "x" : i32
"foo.string_attrs"() {plain = "hello", quoted = "a \"b\"\n", esc = "\t\\", typed = "x" : i32} : () -> ()

// -----

// CHECK-LABEL: "foo.container_attrs"() {
// CHECK-SAME:    arr = [1, "x", [unit]]
// CHECK-SAME:    dict = {a = 2 : i64, b = 1 : i64}
// CHECK-SAME:    empty_arr = []
// CHECK-SAME:    empty_dict = {}
// CHECK-SAME:    unit_attr}
"foo.container_attrs"() {
  arr = [1 : i64, "x", [unit]], empty_arr = [], dict = {b = 1 : i64, a = 2 : i64}, empty_dict = {}, unit_attr
} : () -> ()

// -----

// CHECK-LABEL: "foo.symbol_type_attrs"() {
// CHECK-SAME:    fn = (i32) -> f32
// CHECK-SAME:    nested = @foo::@bar::@"baz qux"
// CHECK-SAME:    quoted = @"with space"
// CHECK-SAME:    sym = @foo
// CHECK-SAME:    ty = i64
"foo.symbol_type_attrs"() {
  sym = @foo, quoted = @"with space", nested = @foo::@bar::@"baz qux", ty = i64, fn = (i32) -> f32
} : () -> ()

// -----

// CHECK-LABEL: "foo.array_strided_attrs"() {
// CHECK-SAME:    darr = array<i32: 1, 2, 3>
// CHECK-SAME:    darr_bool = array<i1: true, false>
// CHECK-SAME:    darr_empty = array<i8>
// CHECK-SAME:    darr_f = array<f64: 1.000000e+00, 2.500000e+00>
// CHECK-SAME:    strided = strided<[?, 1], offset: ?>
// CHECK-SAME:    strided_no_offset = strided<[4, 1]>
"foo.array_strided_attrs"() {
  darr = array<i32: 1, 2, 3>, darr_f = array<f64: 1.0, 2.5>, darr_empty = array<i8>,
  darr_bool = array<i1: true, false>,
  strided = strided<[?, 1], offset: ?>, strided_no_offset = strided<[4, 1], offset: 0>
} : () -> ()

// -----

// Attributes and types of unregistered dialects keep their body text.
// CHECK-LABEL: "foo.dialect_attrs"() {
// CHECK-SAME:    opaque = #foo.bar<"baz">
// CHECK-SAME:    pretty = #foo.pretty<a<b>, [c], "d>">
// CHECK-SAME:    quoted = #foo<"x">
// CHECK-SAME:    : () -> (!foo.bar, !foo<"baz">, !foo.qux<a<b>, [c]>)
"foo.dialect_attrs"() {opaque = #foo.bar<"baz">, quoted = #foo<"x">, pretty = #foo.pretty<a<b>, [c], "d>">}
    : () -> (!foo.bar, !foo<"baz">, !foo.qux<a<b>, [c]>)

// -----

// CHECK-LABEL: "foo.integer_float_types"() : () -> (i1, i32, si16, ui64, index, none, bf16, f16, f32, f64, f80, f128, tf32, f8E5M2, f8E4M3FN, f8E5M2FNUZ, f8E4M3FNUZ, f8E4M3B11FNUZ, f8E4M3, f8E3M4, f8E8M0FNU, f4E2M1FN, f6E2M3FN, f6E3M2FN)
%0:24 = "foo.integer_float_types"() : () -> (i1, i32, si16, ui64, index, none, bf16, f16, f32, f64, f80, f128, tf32,
  f8E5M2, f8E4M3FN, f8E5M2FNUZ, f8E4M3FNUZ, f8E4M3B11FNUZ, f8E4M3, f8E3M4, f8E8M0FNU, f4E2M1FN, f6E2M3FN, f6E3M2FN)

// -----

// CHECK-LABEL: "foo.container_types"() : () -> (complex<f32>, complex<i8>, tuple<>, tuple<i32, tuple<f32>>, (i32, f32) -> (), () -> i1, (i32) -> ((f32) -> f64))
%0:7 = "foo.container_types"() : () -> (complex<f32>, complex<i8>, tuple<>, tuple<i32, tuple<f32>>,
  (i32, f32) -> (), () -> i1, (i32) -> ((f32) -> f64))

// -----

// CHECK-LABEL: "foo.shaped_types"() : () -> (vector<4xf32>, vector<2x[4]xi8>, vector<[2]xf32>, vector<f32>, tensor<?x4xf32>, tensor<*xi8>, tensor<f32>, tensor<2xf32, "enc">, tensor<0xi32>)
%0:9 = "foo.shaped_types"() : () -> (vector<4xf32>, vector<2x[4]xi8>, vector<[2]xf32>, vector<f32>,
  tensor<?x4xf32>, tensor<*xi8>, tensor<f32>, tensor<2xf32, "enc">, tensor<0xi32>)

// -----

// The identity layout is dropped; a memory space that is an i64 integer prints bare.
// CHECK-LABEL: "foo.memref_types"() : () -> (memref<4x?xf32>, memref<*xf32>, memref<*xf32, 1>, memref<4xf32, 2>, memref<4x4xf32, #map>, memref<4x4xf32, strided<[4, 1], offset: 8>>, memref<f32>, memref<4xf32>)
%0:8 = "foo.memref_types"() : () -> (memref<4x?xf32>, memref<*xf32>, memref<*xf32, 1>, memref<4xf32, 2 : i64>,
  memref<4x4xf32, affine_map<(d0, d1) -> (d1, d0)>>, memref<4x4xf32, strided<[4, 1], offset: 8>>, memref<f32>,
  memref<4xf32, affine_map<(d0) -> (d0)>>)

// -----

// Affine maps and integer sets get #map/#set aliases, numbered when several exist; a type alias to a builtin
// tuple type is printed inline. --mlir-print-local-scope prints no alias.
// CHECK:       #map = affine_map<(d0) -> (d0 * 2)>
// CHECK-NEXT:  #map1 = affine_map<(d0, d1)[s0] -> (d0 + s0, d1 floordiv 2, d0 mod 3, d1 ceildiv 4)>
// CHECK-NEXT:  #set = affine_set<(d0)[s0] : (d0 - s0 >= 0, d0 == 0)>
// CHECK-LABEL: "foo.aliases"() {a = #map, b = #map, c = #map1, s = #set, t = tuple<i32, f32>}
// CHECK-SAME:    : () -> tuple<i32, f32>
// LOCAL-LABEL: "foo.aliases"() {a = affine_map<(d0) -> (d0 * 2)>, b = affine_map<(d0) -> (d0 * 2)>
// LOCAL-SAME:    s = affine_set<(d0)[s0] : (d0 - s0 >= 0, d0 == 0)>
#map_a = affine_map<(d0) -> (d0 * 2)>
#set_a = affine_set<(d0)[s0] : (d0 - s0 >= 0, d0 == 0)>
!tuple = tuple<i32, f32>
%0 = "foo.aliases"() {
  a = #map_a, b = affine_map<(d0) -> (d0 * 2)>, s = #set_a, t = !tuple,
  c = affine_map<(d0, d1)[s0] -> (d0 + s0, d1 floordiv 2, d0 mod 3, d1 ceildiv 4)>
} : () -> !tuple

// -----

// Locations print only with --mlir-print-debuginfo; operation locations become #loc aliases listed after
// the module (those also used by block arguments before it); block argument locations stay inline.
// CHECK-LABEL: "foo.locations"() ({
// CHECK-NEXT:    ^bb0(%{{.*}}: i32, %{{.*}}: f32):
// CHECK-NEXT:      "foo.callsite"() : () -> (){{$}}
// LOC:         #{{loc[0-9]*}} = loc("a.mlir":1:1)
// LOC-NEXT:    #[[UNKNOWN:loc[0-9]*]] = loc(unknown)
// LOC-LABEL:   "foo.locations"() ({
// LOC-NEXT:      ^bb0(%{{.*}}: i32 loc("a.mlir":1:1), %{{.*}}: f32 loc(unknown)):
// LOC-NEXT:        "foo.callsite"() : () -> () loc(#[[CALL:loc[0-9]*]])
// LOC-NEXT:      }) : () -> () loc(#[[FUSED:loc[0-9]*]])
// LOC-NEXT:      "foo.name"() : () -> () loc(#[[NAME:loc[0-9]*]])
// LOC-NEXT:      "foo.range"() : () -> () loc(#[[RANGE:loc[0-9]*]])
// LOC-NEXT:      "foo.file"() : () -> () loc(#[[FILE:loc[0-9]*]])
// LOC-NEXT:      "foo.unknown"() : () -> () loc(#[[UNKNOWN]])
// LOC-NEXT:    }) : () -> () loc(#[[MODULE:loc[0-9]*]])
// LOC-DAG:     #[[MODULE]] = loc("{{.*}}generic-roundtrip.mlir":{{[0-9]+}}:{{[0-9]+}})
// LOC-DAG:     #[[FILE]] = loc("file.mlir":3:4)
// LOC-DAG:     #[[X:loc[0-9]*]] = loc("x.mlir":1:2)
// LOC-DAG:     #[[Y:loc[0-9]*]] = loc("y.mlir":3:4)
// LOC-DAG:     #[[CALLEE:loc[0-9]*]] = loc("callee")
// LOC-DAG:     #[[CALLER:loc[0-9]*]] = loc("caller.mlir":5:6)
// LOC-DAG:     #[[INNER:loc[0-9]*]] = loc("inner.mlir":7:8)
// LOC-DAG:     #[[R1:loc[0-9]*]] = loc("r.mlir":1:1 to 2:3)
// LOC-DAG:     #[[R2:loc[0-9]*]] = loc("r.mlir":1:1 to :9)
// LOC-DAG:     #[[FUSED]] = loc(fused<"meta">[#[[X]], #[[Y]]])
// LOC-DAG:     #[[CALL]] = loc(callsite(#[[CALLEE]] at #[[CALLER]]))
// LOC-DAG:     #[[NAME]] = loc("name"(#[[INNER]]))
// LOC-DAG:     #[[RANGE]] = loc(fused[#[[R1]], #[[R2]]])
// LOCAL-LABEL: "foo.locations"() ({
// LOCAL-NEXT:    ^bb0(%{{.*}}: i32 loc("a.mlir":1:1), %{{.*}}: f32 loc(unknown)):
// LOCAL-NEXT:      "foo.callsite"() : () -> () loc(callsite("callee" at "caller.mlir":5:6))
// LOCAL-NEXT:    }) : () -> () loc(fused<"meta">["x.mlir":1:2, "y.mlir":3:4])
// LOCAL-NEXT:    "foo.name"() : () -> () loc("name"("inner.mlir":7:8))
// LOCAL-NEXT:    "foo.range"() : () -> () loc(fused["r.mlir":1:1 to 2:3, "r.mlir":1:1 to :9])
// LOCAL-NEXT:    "foo.file"() : () -> () loc("file.mlir":3:4)
// LOCAL-NEXT:    "foo.unknown"() : () -> () loc(unknown)
// LOCAL-NEXT:  }) : () -> () loc("{{.*}}generic-roundtrip.mlir":{{[0-9]+}}:{{[0-9]+}})
#file_loc = loc("file.mlir":3:4)
"foo.locations"() ({
^bb0(%arg0: i32 loc("a.mlir":1:1), %arg1: f32 loc(unknown)):
  "foo.callsite"() : () -> () loc(callsite("callee" at "caller.mlir":5:6))
}) : () -> () loc(fused<"meta">["x.mlir":1:2, "y.mlir":3:4])
"foo.name"() : () -> () loc("name"("inner.mlir":7:8))
"foo.range"() : () -> () loc(fused["r.mlir":1:1 to 2:3, "r.mlir":1:1 to :9])
"foo.file"() : () -> () loc(#file_loc)
"foo.unknown"() : () -> () loc(unknown)

// -----

// CHECK-LABEL: "foo.dense"() {
// CHECK-SAME:    bools = dense<[true, false]> : tensor<2xi1>
// CHECK-SAME:    cplx = dense<[(1.000000e+00,2.000000e+00), (3.000000e+00,4.000000e+00)]> : tensor<2xcomplex<f32>>
// CHECK-SAME:    empty = dense<> : tensor<0xi32>
// CHECK-SAME:    hex_small = dense<[1, 2]> : tensor<2xi32>
// CHECK-SAME:    nested = dense<{{\[\[}}1, 2], [3, 4]]> : tensor<2x2xi32>
// CHECK-SAME:    scalar = dense<5> : tensor<i64>
// CHECK-SAME:    sp = sparse<{{\[\[}}0, 1]], 5> : tensor<2x2xi32>
// CHECK-SAME:    splat = dense<1.000000e+00> : tensor<4x4xf32>
// CHECK-SAME:    splat_int = dense<7> : vector<3xi8>
// CHECK-SAME:    splat_list = dense<3> : tensor<3xi32>
// CHECK-SAME:    strs = dense<["a", "bc"]> : tensor<2x!foo.str>
"foo.dense"() {
  splat = dense<1.0> : tensor<4x4xf32>, splat_int = dense<7> : vector<3xi8>, splat_list = dense<[3, 3, 3]> : tensor<3xi32>,
  nested = dense<[[1, 2], [3, 4]]> : tensor<2x2xi32>, bools = dense<[true, false]> : tensor<2xi1>,
  cplx = dense<[(1.0, 2.0), (3.0, 4.0)]> : tensor<2xcomplex<f32>>, strs = dense<["a", "bc"]> : tensor<2x!foo.str>,
  empty = dense<> : tensor<0xi32>, scalar = dense<5> : tensor<i64>,
  hex_small = dense<"0x0100000002000000"> : tensor<2xi32>, sp = sparse<[[0, 1]], [5]> : tensor<2x2xi32>
} : () -> ()

// -----

// Elements attributes with more than 100 elements print as hex; with --mlir-elide-elementsattrs-if-larger=N
// those with more than N elements are elided.
// CHECK-LABEL: "foo.dense_large"() {
// CHECK-SAME:    big = dense<"0x0000010002000300040005000600070008000900{{[0-9A-F]+}}6300640065006600"> : tensor<103xi16>
// CHECK-SAME:    few = dense<[1, 2, 3, 4, 5]> : tensor<5xi8>
// CHECK-SAME:    hundred = dense<[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99]> : tensor<100xi32>
// CHECK-SAME:    small = dense<[1, 2, 3, 4]> : tensor<4xi8>
// ELIDE-LABEL: "foo.dense_large"() {
// ELIDE-SAME:    big = dense_resource<__elided__> : tensor<103xi16>
// ELIDE-SAME:    few = dense_resource<__elided__> : tensor<5xi8>
// ELIDE-SAME:    hundred = dense_resource<__elided__> : tensor<100xi32>
// ELIDE-SAME:    small = dense<[1, 2, 3, 4]> : tensor<4xi8>
"foo.dense_large"() {
  big = dense<[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27,
    28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55,
    56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83,
    84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102]> : tensor<103xi16>,
  hundred = dense<[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25,
    26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53,
    54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81,
    82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99]> : tensor<100xi32>,
  few = dense<[1, 2, 3, 4, 5]> : tensor<5xi8>, small = dense<[1, 2, 3, 4]> : tensor<4xi8>
} : () -> ()

// -----

// Builtin blobs referenced by dense_resource are printed back in the file metadata.
// CHECK-LABEL: "foo.resources"() {r = dense_resource<blob1> : tensor<2xi32>} : () -> ()
// CHECK:       {-#
// CHECK-NEXT:    dialect_resources: {
// CHECK-NEXT:      builtin: {
// CHECK-NEXT:        blob1: "0x040000000100000002000000"
// CHECK-NEXT:      }
// CHECK-NEXT:    }
// CHECK-NEXT:  #-}
"foo.resources"() {r = dense_resource<blob1> : tensor<2xi32>} : () -> ()
{-#
  dialect_resources: {
    builtin: {
      blob1: "0x040000000100000002000000"
    }
  }
#-}

// -----

// Distinct attributes are renumbered in order of appearance; equal IDs stay one attribute.
// CHECK:       #[[D0:distinct[0-9]*]] = distinct[0]<42 : i32>
// CHECK-NEXT:  #[[D1:distinct[0-9]*]] = distinct[1]<42 : i32>
// CHECK:       "foo.distinct"() {a = #[[D0]], b = distinct[2]<>, c = #[[D0]], d = #[[D1]]} : () -> ()
"foo.distinct"() {a = distinct[7]<42 : i32>, b = distinct[3]<unit>, c = distinct[7]<42 : i32>, d = distinct[9]<42 : i32>} : () -> ()

// -----

// A single top-level builtin.module is not wrapped again; its custom form parses and prints.
// CHECK-LABEL: "builtin.module"() <{sym_name = "outer"}> ({
// CHECK-NEXT:    "builtin.module"() <{sym_name = "inner"}> ({
// CHECK-NEXT:    ^bb0:
// CHECK-NEXT:    }) : () -> ()
// CHECK-NEXT:    "builtin.module"() ({
// CHECK-NEXT:      "foo.in_module"() : () -> ()
// CHECK-NEXT:    }) {foo.attr = "x"} : () -> ()
// CHECK-NEXT:    %[[C:.+]] = "foo.def"() : () -> i32
// CHECK-NEXT:    %{{.+}}:2 = "builtin.unrealized_conversion_cast"(%[[C]], %[[C]]) : (i32, i32) -> (f32, f64)
// CHECK-NEXT:  }) {foo.attr = 1 : i32} : () -> ()
// CUSTOM-LABEL: module @outer attributes {foo.attr = 1 : i32} {
// CUSTOM-NEXT:    module @inner {
// CUSTOM-NEXT:    }
// CUSTOM-NEXT:    module attributes {foo.attr = "x"} {
// CUSTOM-NEXT:      "foo.in_module"() : () -> ()
// CUSTOM-NEXT:    }
// CUSTOM-NEXT:    %[[C:.+]] = "foo.def"() : () -> i32
// CUSTOM-NEXT:    %{{.+}}:2 = unrealized_conversion_cast %[[C]], %[[C]] : i32, i32 to f32, f64
// CUSTOM-NEXT:  }
module @outer attributes {foo.attr = 1 : i32} {
  builtin.module @inner {
  }
  module attributes {foo.attr = "x"} {
    "foo.in_module"() : () -> ()
  }
  %0 = "foo.def"() : () -> i32
  %1:2 = builtin.unrealized_conversion_cast %0, %0 : i32, i32 to f32, f64
}
