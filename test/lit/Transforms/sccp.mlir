// RUN: dialectic-opt %s --sccp --split-input-file | FileCheck %s

// CHECK-LABEL: func.func @sccp_simple(%arg0: i32) -> i32 {
// CHECK-NEXT: %c3_i32 = arith.constant 3 : i32
// CHECK-NEXT: %c2_i32 = arith.constant 2 : i32
// CHECK-NEXT: %c1_i32 = arith.constant 1 : i32
// CHECK-NEXT: %0 = arith.muli %c3_i32, %arg0 : i32
// CHECK-NEXT: return %0 : i32
// CHECK-NEXT: }
func.func @sccp_simple(%arg0: i32) -> i32 {
  %c1 = arith.constant 1 : i32
  %c2 = arith.constant 2 : i32
  %0 = arith.addi %c1, %c2 : i32
  %1 = arith.muli %0, %arg0 : i32
  return %1 : i32
}

// -----

// CHECK-LABEL: func.func @cond_br_const(%arg0: i32) -> i32 {
// CHECK-NEXT: %c2_i32 = arith.constant 2 : i32
// CHECK-NEXT: %c1_i32 = arith.constant 1 : i32
// CHECK-NEXT: %true = arith.constant true
// CHECK-NEXT: cf.cond_br %true, ^bb1(%c1_i32 : i32), ^bb2(%arg0 : i32)
// CHECK-NEXT: ^bb1(%0: i32):  // pred: ^bb0
// CHECK-NEXT: cf.br ^bb3(%c1_i32 : i32)
// CHECK-NEXT: ^bb2(%1: i32):  // pred: ^bb0
// CHECK-NEXT: cf.br ^bb3(%1 : i32)
// CHECK-NEXT: ^bb3(%2: i32):  // 2 preds: ^bb1, ^bb2
// CHECK-NEXT: return %c2_i32 : i32
// CHECK-NEXT: }
func.func @cond_br_const(%arg0: i32) -> i32 {
  %true = arith.constant true
  %c1 = arith.constant 1 : i32
  cf.cond_br %true, ^bb1(%c1 : i32), ^bb2(%arg0 : i32)
^bb1(%a: i32):
  cf.br ^bb3(%a : i32)
^bb2(%b: i32):
  cf.br ^bb3(%b : i32)
^bb3(%c: i32):
  %r = arith.addi %c, %c1 : i32
  return %r : i32
}

// -----

// CHECK-LABEL: func.func @join_same(%arg0: i1) -> i32 {
// CHECK-NEXT: %c3_i32 = arith.constant 3 : i32
// CHECK-NEXT: %c2_i32 = arith.constant 2 : i32
// CHECK-NEXT: %c5_i32 = arith.constant 5 : i32
// CHECK-NEXT: cf.cond_br %arg0, ^bb1, ^bb2
// CHECK-NEXT: ^bb1:  // pred: ^bb0
// CHECK-NEXT: cf.br ^bb3(%c5_i32 : i32)
// CHECK-NEXT: ^bb2:  // pred: ^bb0
// CHECK-NEXT: cf.br ^bb3(%c5_i32 : i32)
// CHECK-NEXT: ^bb3(%0: i32):  // 2 preds: ^bb1, ^bb2
// CHECK-NEXT: return %c5_i32 : i32
// CHECK-NEXT: }
func.func @join_same(%cond: i1) -> i32 {
  %c5 = arith.constant 5 : i32
  %c2 = arith.constant 2 : i32
  %c3 = arith.constant 3 : i32
  cf.cond_br %cond, ^bb1, ^bb2
^bb1:
  %x = arith.addi %c2, %c3 : i32
  cf.br ^bb3(%x : i32)
^bb2:
  cf.br ^bb3(%c5 : i32)
^bb3(%v: i32):
  return %v : i32
}

// -----

// CHECK-LABEL: func.func @join_diff(%arg0: i1) -> i32 {
// CHECK-NEXT: %c2_i32 = arith.constant 2 : i32
// CHECK-NEXT: %c1_i32 = arith.constant 1 : i32
// CHECK-NEXT: cf.cond_br %arg0, ^bb1(%c1_i32 : i32), ^bb1(%c2_i32 : i32)
// CHECK-NEXT: ^bb1(%0: i32):  // 2 preds: ^bb0, ^bb0
// CHECK-NEXT: return %0 : i32
// CHECK-NEXT: }
func.func @join_diff(%cond: i1) -> i32 {
  %c1 = arith.constant 1 : i32
  %c2 = arith.constant 2 : i32
  cf.cond_br %cond, ^bb1(%c1 : i32), ^bb1(%c2 : i32)
^bb1(%v: i32):
  return %v : i32
}

// -----

// CHECK-LABEL: func.func @sccp_loop(%arg0: i32) -> i32 {
// CHECK-NEXT: %false = arith.constant false
// CHECK-NEXT: %c1_i32 = arith.constant 1 : i32
// CHECK-NEXT: %c0_i32 = arith.constant 0 : i32
// CHECK-NEXT: cf.br ^bb1(%c0_i32 : i32)
// CHECK-NEXT: ^bb1(%0: i32):  // 2 preds: ^bb0, ^bb2
// CHECK-NEXT: cf.cond_br %false, ^bb2, ^bb3
// CHECK-NEXT: ^bb2:  // pred: ^bb1
// CHECK-NEXT: %1 = arith.addi %c0_i32, %c1_i32 : i32
// CHECK-NEXT: cf.br ^bb1(%1 : i32)
// CHECK-NEXT: ^bb3:  // pred: ^bb1
// CHECK-NEXT: return %c0_i32 : i32
// CHECK-NEXT: }
func.func @sccp_loop(%arg0: i32) -> i32 {
  %c0 = arith.constant 0 : i32
  %c1 = arith.constant 1 : i32
  cf.br ^bb1(%c0 : i32)
^bb1(%i: i32):
  %cmp = arith.cmpi slt, %i, %c0 : i32
  cf.cond_br %cmp, ^bb2, ^bb3
^bb2:
  %n = arith.addi %i, %c1 : i32
  cf.br ^bb1(%n : i32)
^bb3:
  return %i : i32
}

// -----

// CHECK-LABEL: func.func @switch_const() -> i32 {
// CHECK-NEXT: %c20_i32 = arith.constant 20 : i32
// CHECK-NEXT: %c10_i32 = arith.constant 10 : i32
// CHECK-NEXT: %c1_i32 = arith.constant 1 : i32
// CHECK-NEXT: cf.switch %c1_i32 : i32, [
// CHECK-NEXT: default: ^bb1(%c10_i32 : i32),
// CHECK-NEXT: 1: ^bb1(%c20_i32 : i32)
// CHECK-NEXT: ]
// CHECK-NEXT: ^bb1(%0: i32):  // 2 preds: ^bb0, ^bb0
// CHECK-NEXT: return %0 : i32
// CHECK-NEXT: }
func.func @switch_const() -> i32 {
  %c1 = arith.constant 1 : i32
  %c10 = arith.constant 10 : i32
  %c20 = arith.constant 20 : i32
  cf.switch %c1 : i32, [
    default: ^bb1(%c10 : i32),
    1: ^bb1(%c20 : i32)
  ]
^bb1(%v: i32):
  return %v : i32
}

// -----

// CHECK-LABEL: func.func @scf_nested(%arg0: i1, %arg1: i32) -> i32 {
// CHECK-NEXT: %c2_i32 = arith.constant 2 : i32
// CHECK-NEXT: %c1_i32 = arith.constant 1 : i32
// CHECK-NEXT: %0 = scf.if %arg0 -> (i32) {
// CHECK-NEXT: %1 = arith.addi %c2_i32, %arg1 : i32
// CHECK-NEXT: scf.yield %1 : i32
// CHECK-NEXT: } else {
// CHECK-NEXT: scf.yield %c1_i32 : i32
// CHECK-NEXT: }
// CHECK-NEXT: return %0 : i32
// CHECK-NEXT: }
func.func @scf_nested(%arg0: i1, %arg1: i32) -> i32 {
  %c1 = arith.constant 1 : i32
  %0 = scf.if %arg0 -> i32 {
    %a = arith.addi %c1, %c1 : i32
    %b = arith.addi %a, %arg1 : i32
    scf.yield %b : i32
  } else {
    scf.yield %c1 : i32
  }
  return %0 : i32
}

// -----

// CHECK-LABEL: func.func @side_effect(%arg0: memref<i32>) -> i32 {
// CHECK-NEXT: %c3_i32 = arith.constant 3 : i32
// CHECK-NEXT: %c2_i32 = arith.constant 2 : i32
// CHECK-NEXT: %c1_i32 = arith.constant 1 : i32
// CHECK-NEXT: memref.store %c3_i32, %arg0[] : memref<i32>
// CHECK-NEXT: return %c3_i32 : i32
// CHECK-NEXT: }
func.func @side_effect(%m: memref<i32>) -> i32 {
  %c1 = arith.constant 1 : i32
  %c2 = arith.constant 2 : i32
  %0 = arith.addi %c1, %c2 : i32
  memref.store %0, %m[] : memref<i32>
  return %0 : i32
}

// -----

// CHECK-LABEL: func.func @nested_regions(%arg0: i1, %arg1: i32) -> i32 {
// CHECK-NEXT: %c0_i32 = arith.constant 0 : i32
// CHECK-NEXT: %c3_i32 = arith.constant 3 : i32
// CHECK-NEXT: %c2_i32 = arith.constant 2 : i32
// CHECK-NEXT: %c1_i32 = arith.constant 1 : i32
// CHECK-NEXT: %0 = scf.if %arg0 -> (i32) {
// CHECK-NEXT: %3 = arith.addi %c2_i32, %arg1 : i32
// CHECK-NEXT: scf.yield %3 : i32
// CHECK-NEXT: } else {
// CHECK-NEXT: %3 = arith.addi %c3_i32, %arg1 : i32
// CHECK-NEXT: scf.yield %3 : i32
// CHECK-NEXT: }
// CHECK-NEXT: cf.br ^bb1
// CHECK-NEXT: ^bb1:  // pred: ^bb0
// CHECK-NEXT: %1 = arith.addi %c1_i32, %0 : i32
// CHECK-NEXT: %2 = arith.addi %c0_i32, %1 : i32
// CHECK-NEXT: return %2 : i32
// CHECK-NEXT: }
func.func @nested_regions(%c: i1, %x: i32) -> i32 {
  %c1 = arith.constant 1 : i32
  %0 = scf.if %c -> i32 {
    %a = arith.addi %c1, %c1 : i32
    %b = arith.addi %a, %x : i32
    scf.yield %b : i32
  } else {
    %a = arith.addi %c1, %c1 : i32
    %a2 = arith.addi %a, %c1 : i32
    %b = arith.addi %a2, %x : i32
    scf.yield %b : i32
  }
  cf.br ^bb1
^bb1:
  %d = arith.muli %c1, %c1 : i32
  %e = arith.subi %c1, %c1 : i32
  %f = arith.addi %d, %0 : i32
  %g = arith.addi %e, %f : i32
  return %g : i32
}

// -----

// CHECK-LABEL: func.func @dead_block_not_visited(%arg0: i32) -> i32 {
// CHECK-NEXT: %c1_i32 = arith.constant 1 : i32
// CHECK-NEXT: %false = arith.constant false
// CHECK-NEXT: cf.cond_br %false, ^bb1, ^bb2(%c1_i32 : i32)
// CHECK-NEXT: ^bb1:  // pred: ^bb0
// CHECK-NEXT: %c2_i32 = arith.constant 2 : i32
// CHECK-NEXT: %0 = arith.addi %c2_i32, %c2_i32 : i32
// CHECK-NEXT: cf.br ^bb2(%0 : i32)
// CHECK-NEXT: ^bb2(%1: i32):  // 2 preds: ^bb0, ^bb1
// CHECK-NEXT: return %c1_i32 : i32
// CHECK-NEXT: }
func.func @dead_block_not_visited(%x: i32) -> i32 {
  %false = arith.constant false
  %c1 = arith.constant 1 : i32
  cf.cond_br %false, ^bb1, ^bb2(%c1 : i32)
^bb1:
  %c2 = arith.constant 2 : i32
  %y = arith.addi %c2, %c2 : i32
  cf.br ^bb2(%y : i32)
^bb2(%v: i32):
  return %v : i32
}

// -----

// CHECK-LABEL: func.func @index_ops(%arg0: index) -> index {
// CHECK-NEXT: %c9_i32 = arith.constant 9 : i32
// CHECK-NEXT: %c9 = arith.constant 9 : index
// CHECK-NEXT: %c5 = arith.constant 5 : index
// CHECK-NEXT: %c4 = arith.constant 4 : index
// CHECK-NEXT: %0 = arith.addi %c9, %arg0 : index
// CHECK-NEXT: return %0 : index
// CHECK-NEXT: }
func.func @index_ops(%x: index) -> index {
  %c4 = arith.constant 4 : index
  %c5 = arith.constant 5 : index
  %s = arith.addi %c4, %c5 : index
  %i = arith.index_cast %s : index to i32
  %j = arith.index_cast %i : i32 to index
  %r = arith.addi %j, %x : index
  return %r : index
}
