// RUN: dialectic-opt --mlir-print-debuginfo %s | FileCheck %s
// RUN: dialectic-opt --mlir-print-debuginfo %s | dialectic-opt --mlir-print-debuginfo | FileCheck %s

// Argument locations of func.func print inline after the argument's attributes (never as an alias, although
// mlir-opt also defines aliases for them at the top), and a `loc(#alias)` defined further down resolves.

// CHECK: #[[A:loc[0-9]*]] = loc("args.mlir":3:4)
// CHECK: #[[B:loc[0-9]*]] = loc("later.mlir":1:1)
// CHECK-LABEL: func.func @located_args(
// CHECK-SAME: %arg0: i32 loc("args.mlir":3:4), %arg1: f32 {test.tag} loc("later.mlir":1:1))
func.func @located_args(%a: i32 loc("args.mlir":3:4), %b: f32 {test.tag} loc(#later)) {
  return
}

// CHECK-LABEL: func.func private @declaration(i32)
func.func private @declaration(i32 loc("ignored.mlir":9:9))

#later = loc("later.mlir":1:1)
