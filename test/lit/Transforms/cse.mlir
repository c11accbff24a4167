// RUN: dialectic-opt %s --cse --split-input-file | FileCheck %s

// CHECK-LABEL: func.func @simple(%arg0: i32, %arg1: i32) -> (i32, i32) {
// CHECK-NEXT: %0 = arith.addi %arg0, %arg1 : i32
// CHECK-NEXT: return %0, %0 : i32, i32
// CHECK-NEXT: }
func.func @simple(%a: i32, %b: i32) -> (i32, i32) {
  %0 = arith.addi %a, %b : i32
  %1 = arith.addi %a, %b : i32
  return %0, %1 : i32, i32
}

// -----

// CHECK-LABEL: func.func @different_attrs(%arg0: i32, %arg1: i32) -> (i32, i32, i1, i1) {
// CHECK-NEXT: %0 = arith.addi %arg0, %arg1 overflow<nsw> : i32
// CHECK-NEXT: %1 = arith.addi %arg0, %arg1 : i32
// CHECK-NEXT: %2 = arith.cmpi slt, %arg0, %arg1 : i32
// CHECK-NEXT: %3 = arith.cmpi sgt, %arg0, %arg1 : i32
// CHECK-NEXT: return %0, %1, %2, %3 : i32, i32, i1, i1
// CHECK-NEXT: }
func.func @different_attrs(%a: i32, %b: i32) -> (i32, i32, i1, i1) {
  %0 = arith.addi %a, %b overflow<nsw> : i32
  %1 = arith.addi %a, %b : i32
  %2 = arith.cmpi slt, %a, %b : i32
  %3 = arith.cmpi sgt, %a, %b : i32
  return %0, %1, %2, %3 : i32, i32, i1, i1
}

// -----

// CHECK-LABEL: func.func @dead_op(%arg0: i32) -> i32 {
// CHECK-NEXT: return %arg0 : i32
// CHECK-NEXT: }
func.func @dead_op(%a: i32) -> i32 {
  %0 = arith.muli %a, %a : i32
  return %a : i32
}

// -----

// CHECK-LABEL: func.func @nested_region(%arg0: i32, %arg1: i1) -> i32 {
// CHECK-NEXT: %0 = arith.addi %arg0, %arg0 : i32
// CHECK-NEXT: %1 = scf.if %arg1 -> (i32) {
// CHECK-NEXT: scf.yield %0 : i32
// CHECK-NEXT: } else {
// CHECK-NEXT: scf.yield %0 : i32
// CHECK-NEXT: }
// CHECK-NEXT: %2 = arith.addi %1, %0 : i32
// CHECK-NEXT: return %2 : i32
// CHECK-NEXT: }
func.func @nested_region(%a: i32, %c: i1) -> i32 {
  %0 = arith.addi %a, %a : i32
  %r = scf.if %c -> i32 {
    %1 = arith.addi %a, %a : i32
    scf.yield %1 : i32
  } else {
    scf.yield %0 : i32
  }
  %2 = arith.addi %r, %0 : i32
  return %2 : i32
}

// -----

// CHECK-LABEL: func.func @sibling_regions_do_not_share(%arg0: i32, %arg1: i1) -> i32 {
// CHECK-NEXT: %0 = scf.if %arg1 -> (i32) {
// CHECK-NEXT: %3 = arith.muli %arg0, %arg0 : i32
// CHECK-NEXT: scf.yield %3 : i32
// CHECK-NEXT: } else {
// CHECK-NEXT: %3 = arith.muli %arg0, %arg0 : i32
// CHECK-NEXT: scf.yield %3 : i32
// CHECK-NEXT: }
// CHECK-NEXT: %1 = arith.muli %arg0, %arg0 : i32
// CHECK-NEXT: %2 = arith.addi %0, %1 : i32
// CHECK-NEXT: return %2 : i32
// CHECK-NEXT: }
func.func @sibling_regions_do_not_share(%a: i32, %c: i1) -> i32 {
  %r = scf.if %c -> i32 {
    %1 = arith.muli %a, %a : i32
    scf.yield %1 : i32
  } else {
    %2 = arith.muli %a, %a : i32
    scf.yield %2 : i32
  }
  %3 = arith.muli %a, %a : i32
  %4 = arith.addi %r, %3 : i32
  return %4 : i32
}

// -----

// CHECK-LABEL: func.func @dominance(%arg0: i32, %arg1: i1) -> i32 {
// CHECK-NEXT: cf.cond_br %arg1, ^bb1, ^bb2
// CHECK-NEXT: ^bb1:  // pred: ^bb0
// CHECK-NEXT: %0 = arith.subi %arg0, %arg0 : i32
// CHECK-NEXT: cf.br ^bb3(%0 : i32)
// CHECK-NEXT: ^bb2:  // pred: ^bb0
// CHECK-NEXT: %1 = arith.xori %arg0, %arg0 : i32
// CHECK-NEXT: cf.br ^bb3(%1 : i32)
// CHECK-NEXT: ^bb3(%2: i32):  // 2 preds: ^bb1, ^bb2
// CHECK-NEXT: %3 = arith.xori %arg0, %arg0 : i32
// CHECK-NEXT: %4 = arith.addi %2, %3 : i32
// CHECK-NEXT: return %4 : i32
// CHECK-NEXT: }
func.func @dominance(%a: i32, %c: i1) -> i32 {
  %0 = arith.subi %a, %a : i32
  cf.cond_br %c, ^bb1, ^bb2
^bb1:
  %1 = arith.subi %a, %a : i32
  %2 = arith.xori %a, %a : i32
  cf.br ^bb3(%1 : i32)
^bb2:
  %3 = arith.xori %a, %a : i32
  cf.br ^bb3(%3 : i32)
^bb3(%x: i32):
  %4 = arith.xori %a, %a : i32
  %5 = arith.addi %x, %4 : i32
  return %5 : i32
}

// -----

// CHECK-LABEL: func.func @reads(%arg0: memref<4xi32>, %arg1: index, %arg2: i32) -> i32 {
// CHECK-NEXT: %0 = memref.load %arg0[%arg1] : memref<4xi32>
// CHECK-NEXT: memref.store %arg2, %arg0[%arg1] : memref<4xi32>
// CHECK-NEXT: %1 = memref.load %arg0[%arg1] : memref<4xi32>
// CHECK-NEXT: %2 = arith.addi %0, %0 : i32
// CHECK-NEXT: %3 = arith.addi %2, %1 : i32
// CHECK-NEXT: return %3 : i32
// CHECK-NEXT: }
func.func @reads(%m: memref<4xi32>, %i: index, %v: i32) -> i32 {
  %0 = memref.load %m[%i] : memref<4xi32>
  %1 = memref.load %m[%i] : memref<4xi32>
  memref.store %v, %m[%i] : memref<4xi32>
  %2 = memref.load %m[%i] : memref<4xi32>
  %3 = arith.addi %0, %1 : i32
  %4 = arith.addi %3, %2 : i32
  return %4 : i32
}

// -----

// CHECK-LABEL: func.func @isolated(%arg0: i32) -> i32 {
// CHECK-NEXT: %c1_i32 = arith.constant 1 : i32
// CHECK-NEXT: %0 = arith.addi %arg0, %c1_i32 : i32
// CHECK-NEXT: return %0 : i32
// CHECK-NEXT: }
func.func @isolated(%a: i32) -> i32 {
  %0 = arith.constant 1 : i32
  %1 = arith.addi %a, %0 : i32
  return %1 : i32
}
// CHECK-LABEL: func.func @isolated2(%arg0: i32) -> i32 {
// CHECK-NEXT: %c1_i32 = arith.constant 1 : i32
// CHECK-NEXT: %0 = arith.addi %c1_i32, %c1_i32 : i32
// CHECK-NEXT: return %0 : i32
// CHECK-NEXT: }
func.func @isolated2(%a: i32) -> i32 {
  %0 = arith.constant 1 : i32
  %1 = arith.constant 1 : i32
  %2 = arith.addi %0, %1 : i32
  return %2 : i32
}

// -----

// Commutative ops match with their operands in any order (MLIR's OperationEquivalence); subi does not.
// CHECK-LABEL: func.func @commutative_operands_in_any_order(%arg0: i32, %arg1: i32, %arg2: index) -> (i32, i32, i32, index, i32) {
// CHECK-NEXT:    %0 = arith.addi %arg0, %arg1 : i32
// CHECK-NEXT:    %1 = arith.subi %arg1, %arg0 : i32
// CHECK-NEXT:    %2 = arith.andi %arg2, %arg2 : index
// CHECK-NEXT:    %3 = arith.muli %arg1, %arg0 : i32
// CHECK-NEXT:    return %0, %0, %1, %2, %3 : i32, i32, i32, index, i32
// CHECK-NEXT:  }
func.func @commutative_operands_in_any_order(%arg0: i32, %arg1: i32, %arg2: index) -> (i32, i32, i32, index, i32) {
  %0 = arith.addi %arg0, %arg1 : i32
  %1 = arith.addi %arg1, %arg0 : i32
  %2 = arith.subi %arg1, %arg0 : i32
  %3 = arith.andi %arg2, %arg2 : index
  %4 = arith.muli %arg1, %arg0 : i32
  return %0, %1, %2, %3, %4 : i32, i32, i32, index, i32
}
