// RUN: dialectic-opt %s -split-input-file -loop-invariant-code-motion | FileCheck %s

// CHECK-LABEL: func.func @hoist_constant_math
// CHECK-NEXT: %cst = arith.constant 7.000000e+00 : f32
// CHECK-NEXT: %cst_0 = arith.constant 1.000000e+00 : f32
// CHECK-NEXT: %0 = arith.addf %cst, %cst_0 : f32
// CHECK-NEXT: %1 = arith.mulf %0, %0 : f32
// CHECK-NEXT: scf.for %arg4 = %arg0 to %arg1 step %arg2 {
// CHECK-NEXT: memref.store %1, %arg3[%arg4] : memref<10xf32>
// CHECK-NEXT: }
// CHECK-NEXT: return
// CHECK-NEXT: }
func.func @hoist_constant_math(%lb: index, %ub: index, %step: index, %m: memref<10xf32>) {
  %cf = arith.constant 7.0 : f32
  scf.for %i = %lb to %ub step %step {
    %c1 = arith.constant 1.0 : f32
    %a = arith.addf %cf, %c1 : f32
    %b = arith.mulf %a, %a : f32
    memref.store %b, %m[%i] : memref<10xf32>
  }
  return
}

// -----

// CHECK-LABEL: func.func @keep_iv_dependent
// CHECK-NEXT: %c0 = arith.constant 0 : index
// CHECK-NEXT: %c2 = arith.constant 2 : index
// CHECK-NEXT: %0 = arith.addi %arg1, %c2 : index
// CHECK-NEXT: %1 = scf.for %arg3 = %arg0 to %arg1 step %arg2 iter_args(%arg4 = %c0) -> (index) {
// CHECK-NEXT: %2 = arith.muli %arg3, %c2 : index
// CHECK-NEXT: %3 = arith.addi %arg4, %2 : index
// CHECK-NEXT: %4 = arith.addi %3, %0 : index
// CHECK-NEXT: scf.yield %4 : index
// CHECK-NEXT: }
// CHECK-NEXT: return %1 : index
// CHECK-NEXT: }
func.func @keep_iv_dependent(%lb: index, %ub: index, %step: index) -> index {
  %c0 = arith.constant 0 : index
  %r = scf.for %i = %lb to %ub step %step iter_args(%acc = %c0) -> (index) {
    %c2 = arith.constant 2 : index
    %t = arith.muli %i, %c2 : index
    %u = arith.addi %ub, %c2 : index
    %s = arith.addi %acc, %t : index
    %v = arith.addi %s, %u : index
    scf.yield %v : index
  }
  return %r : index
}

// -----

// Ops hoisted from an inner loop continue out of the outer one.

// CHECK-LABEL: func.func @nested_loops
// CHECK-NEXT: %c0 = arith.constant 0 : index
// CHECK-NEXT: %c1 = arith.constant 1 : index
// CHECK-NEXT: %0 = arith.addi %arg0, %c1 : index
// CHECK-NEXT: scf.for %arg2 = %c0 to %arg0 step %c1 {
// CHECK-NEXT: %1 = arith.muli %0, %arg2 : index
// CHECK-NEXT: scf.for %arg3 = %c0 to %arg0 step %c1 {
// CHECK-NEXT: memref.store %1, %arg1[%arg2, %arg3] : memref<10x10xindex>
// CHECK-NEXT: }
// CHECK-NEXT: }
// CHECK-NEXT: return
// CHECK-NEXT: }
func.func @nested_loops(%n: index, %m: memref<10x10xindex>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  scf.for %i = %c0 to %n step %c1 {
    scf.for %j = %c0 to %n step %c1 {
      %x = arith.addi %n, %c1 : index
      %y = arith.muli %x, %i : index
      memref.store %y, %m[%i, %j] : memref<10x10xindex>
    }
  }
  return
}

// -----

// Division may trap: not speculatable, so it stays; loads have effects and stay.

// CHECK-LABEL: func.func @not_speculatable
// CHECK-NEXT: %c0 = arith.constant 0 : index
// CHECK-NEXT: %c1 = arith.constant 1 : index
// CHECK-NEXT: scf.for %arg4 = %c0 to %arg2 step %c1 {
// CHECK-NEXT: %0 = arith.divsi %arg0, %arg1 : i32
// CHECK-NEXT: %1 = memref.load %arg3[%c0] : memref<10xi32>
// CHECK-NEXT: %2 = arith.addi %0, %1 : i32
// CHECK-NEXT: memref.store %2, %arg3[%arg4] : memref<10xi32>
// CHECK-NEXT: }
// CHECK-NEXT: return
// CHECK-NEXT: }
func.func @not_speculatable(%a: i32, %b: i32, %n: index, %m: memref<10xi32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  scf.for %i = %c0 to %n step %c1 {
    %d = arith.divsi %a, %b : i32
    %l = memref.load %m[%c0] : memref<10xi32>
    %s = arith.addi %d, %l : i32
    memref.store %s, %m[%i] : memref<10xi32>
  }
  return
}

// -----

// CHECK-LABEL: func.func @while_loop
// CHECK-NEXT: %c5_i32 = arith.constant 5 : i32
// CHECK-NEXT: %0 = arith.addi %arg1, %c5_i32 : i32
// CHECK-NEXT: %c1_i32 = arith.constant 1 : i32
// CHECK-NEXT: %1 = arith.addi %c1_i32, %c1_i32 : i32
// CHECK-NEXT: %2 = scf.while (%arg2 = %arg0) : (i32) -> i32 {
// CHECK-NEXT: %3 = arith.cmpi slt, %arg2, %0 : i32
// CHECK-NEXT: scf.condition(%3) %arg2 : i32
// CHECK-NEXT: } do {
// CHECK-NEXT: ^bb0(%arg2: i32):
// CHECK-NEXT: %3 = arith.addi %arg2, %1 : i32
// CHECK-NEXT: scf.yield %3 : i32
// CHECK-NEXT: }
// CHECK-NEXT: return %2 : i32
// CHECK-NEXT: }
func.func @while_loop(%init: i32, %bound: i32) -> i32 {
  %r = scf.while (%x = %init) : (i32) -> i32 {
    %c5 = arith.constant 5 : i32
    %lim = arith.addi %bound, %c5 : i32
    %cond = arith.cmpi slt, %x, %lim : i32
    scf.condition(%cond) %x : i32
  } do {
  ^bb0(%y: i32):
    %c1 = arith.constant 1 : i32
    %two = arith.addi %c1, %c1 : i32
    %next = arith.addi %y, %two : i32
    scf.yield %next : i32
  }
  return %r : i32
}

// -----

// CHECK-LABEL: func.func @parallel_loop
// CHECK-NEXT: %c0 = arith.constant 0 : index
// CHECK-NEXT: %c1 = arith.constant 1 : index
// CHECK-NEXT: %0 = arith.mulf %arg1, %arg1 : f32
// CHECK-NEXT: scf.parallel (%arg3) = (%c0) to (%arg0) step (%c1) {
// CHECK-NEXT: memref.store %0, %arg2[%arg3] : memref<10xf32>
// CHECK-NEXT: scf.reduce
// CHECK-NEXT: }
// CHECK-NEXT: return
// CHECK-NEXT: }
func.func @parallel_loop(%n: index, %v: f32, %m: memref<10xf32>) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  scf.parallel (%i) = (%c0) to (%n) step (%c1) {
    %sq = arith.mulf %v, %v : f32
    memref.store %sq, %m[%i] : memref<10xf32>
    scf.reduce
  }
  return
}
