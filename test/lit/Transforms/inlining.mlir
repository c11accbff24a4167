// RUN: dialectic-opt %s --inline --split-input-file --allow-unregistered-dialect | FileCheck %s

// CHECK-NOT: @unused
// CHECK-NOT: @add(
// CHECK-LABEL: func.func @inline_simple(%arg0: i32) -> i32 {
// CHECK-NEXT: %0 = arith.addi %arg0, %arg0 : i32
// CHECK-NEXT: %1 = arith.addi %0, %arg0 : i32
// CHECK-NEXT: return %1 : i32
// CHECK-NEXT: }
// Single-block callee: inlined, then the caller is canonicalized; the private callee left without uses is
// erased, as is a private function that never had one.
func.func private @unused(%a: i32) -> i32 {
  return %a : i32
}
func.func private @add(%a: i32, %b: i32) -> i32 {
  %c = arith.addi %a, %b : i32
  return %c : i32
}
func.func @inline_simple(%x: i32) -> i32 {
  %r = call @add(%x, %x) : (i32, i32) -> i32
  %s = call @add(%r, %x) : (i32, i32) -> i32
  return %s : i32
}

// -----

// CHECK-LABEL: func.func @inline_multi_block(%arg0: i1, %arg1: i32) -> i32 {
// CHECK-NEXT: cf.cond_br %arg0, ^bb1, ^bb2(%arg1 : i32)
// CHECK-NEXT: ^bb1:  // pred: ^bb0
// CHECK-NEXT: %0 = arith.addi %arg1, %arg1 : i32
// CHECK-NEXT: cf.br ^bb2(%0 : i32)
// CHECK-NEXT: ^bb2(%1: i32):  // 2 preds: ^bb0, ^bb1
// CHECK-NEXT: %2 = arith.muli %1, %arg1 : i32
// CHECK-NEXT: return %2 : i32
// CHECK-NEXT: }
// Multi-block callee: the caller's block is split and the returns become branches to the continuation.
func.func @inline_multi_block(%c: i1, %x: i32) -> i32 {
  %r = call @select_block(%c, %x) : (i1, i32) -> i32
  %d = arith.muli %r, %x : i32
  return %d : i32
}
func.func private @select_block(%c: i1, %x: i32) -> i32 {
  cf.cond_br %c, ^bb1, ^bb2
^bb1:
  %y = arith.addi %x, %x : i32
  return %y : i32
^bb2:
  return %x : i32
}

// -----

// CHECK-LABEL: func.func @inline_two_results(%arg0: i1, %arg1: i32) -> (i32, i32) {
// CHECK-NEXT: %c3_i32 = arith.constant 3 : i32
// CHECK-NEXT: cf.cond_br %arg0, ^bb2(%c3_i32, %arg1 : i32, i32), ^bb1
// CHECK-NEXT: ^bb1:  // pred: ^bb0
// CHECK-NEXT: %0 = arith.muli %arg1, %arg1 : i32
// CHECK-NEXT: cf.br ^bb2(%0, %0 : i32, i32)
// CHECK-NEXT: ^bb2(%1: i32, %2: i32):  // 2 preds: ^bb0, ^bb1
// CHECK-NEXT: %3 = arith.addi %1, %2 : i32
// CHECK-NEXT: return %3, %2 : i32, i32
// CHECK-NEXT: }
// Several results through a multi-block callee.
func.func @inline_two_results(%c: i1, %x: i32) -> (i32, i32) {
  %r:2 = call @two(%c, %x) : (i1, i32) -> (i32, i32)
  %s = arith.addi %r#0, %r#1 : i32
  return %s, %r#1 : i32, i32
}
func.func private @two(%c: i1, %x: i32) -> (i32, i32) {
  cf.cond_br %c, ^bb1, ^bb2
^bb1:
  %c3 = arith.constant 3 : i32
  return %c3, %x : i32, i32
^bb2:
  %m = arith.muli %x, %x : i32
  cf.br ^bb3(%m : i32)
^bb3(%v: i32):
  return %v, %v : i32, i32
}

// -----

// CHECK-LABEL: func.func @inline_in_region(%arg0: i1, %arg1: i32) -> i32 {
// CHECK-NEXT: %0 = scf.if %arg0 -> (i32) {
// CHECK-NEXT: %1 = arith.addi %arg1, %arg1 : i32
// CHECK-NEXT: scf.yield %1 : i32
// CHECK-NEXT: } else {
// CHECK-NEXT: scf.yield %arg1 : i32
// CHECK-NEXT: }
// CHECK-NEXT: return %0 : i32
// CHECK-NEXT: }
// CHECK-NEXT: func.func @inline_loop_callee(%arg0: index) -> index {
// CHECK-NEXT: %c0 = arith.constant 0 : index
// CHECK-NEXT: %c1 = arith.constant 1 : index
// CHECK-NEXT: %0 = scf.for %arg1 = %c0 to %arg0 step %c1 iter_args(%arg2 = %c0) -> (index) {
// CHECK-NEXT: %1 = arith.addi %arg2, %arg1 : index
// CHECK-NEXT: scf.yield %1 : index
// CHECK-NEXT: }
// CHECK-NEXT: return %0 : index
// CHECK-NEXT: }
// Calls nested in regions are inlined; so are callees with regions.
func.func @inline_in_region(%c: i1, %x: i32) -> i32 {
  %0 = scf.if %c -> i32 {
    %r = func.call @double(%x) : (i32) -> i32
    scf.yield %r : i32
  } else {
    scf.yield %x : i32
  }
  return %0 : i32
}
func.func private @double(%x: i32) -> i32 {
  %r = arith.addi %x, %x : i32
  return %r : i32
}
func.func @inline_loop_callee(%n: index) -> index {
  %r = call @sum(%n) : (index) -> index
  return %r : index
}
func.func private @sum(%n: index) -> index {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %s = scf.for %i = %c0 to %n step %c1 iter_args(%acc = %c0) -> index {
    %a = arith.addi %acc, %i : index
    scf.yield %a : index
  }
  return %s : index
}

// -----

// CHECK-LABEL: func.func @inline_chain(%arg0: i32) -> i32 {
// CHECK-NEXT: %c7_i32 = arith.constant 7 : i32
// CHECK-NEXT: %0 = arith.addi %arg0, %c7_i32 : i32
// CHECK-NEXT: %1 = arith.muli %0, %0 : i32
// CHECK-NEXT: return %1 : i32
// CHECK-NEXT: }
// Bottom-up: the inner call is inlined into the middle function first.
func.func @inline_chain(%x: i32) -> i32 {
  %r = call @level1(%x) : (i32) -> i32
  return %r : i32
}
func.func private @level1(%x: i32) -> i32 {
  %r = call @level2(%x) : (i32) -> i32
  %s = arith.muli %r, %r : i32
  return %s : i32
}
func.func private @level2(%x: i32) -> i32 {
  %c = arith.constant 7 : i32
  %r = arith.addi %x, %c : i32
  return %r : i32
}

// -----

// CHECK-LABEL: func.func @no_inline_recursive(%arg0: i32) -> i32 {
// CHECK-NEXT: %0 = call @no_inline_recursive(%arg0) : (i32) -> i32
// CHECK-NEXT: return %0 : i32
// CHECK-NEXT: }
// CHECK-NEXT: func.func @no_inline_mutual(%arg0: i32) -> i32 {
// CHECK-NEXT: %0 = call @ping(%arg0) : (i32) -> i32
// CHECK-NEXT: return %0 : i32
// CHECK-NEXT: }
// CHECK-NEXT: func.func private @ping(%arg0: i32) -> i32 {
// CHECK-NEXT: %0 = call @pong(%arg0) : (i32) -> i32
// CHECK-NEXT: return %0 : i32
// CHECK-NEXT: }
// CHECK-NEXT: func.func private @pong(%arg0: i32) -> i32 {
// CHECK-NEXT: %0 = call @ping(%arg0) : (i32) -> i32
// CHECK-NEXT: return %0 : i32
// CHECK-NEXT: }
// CHECK-NEXT: func.func @no_inline_attr(%arg0: i32) -> i32 {
// CHECK-NEXT: %0 = call @callee(%arg0) {no_inline} : (i32) -> i32
// CHECK-NEXT: return %0 : i32
// CHECK-NEXT: }
// CHECK-NEXT: func.func private @callee(%arg0: i32) -> i32 {
// CHECK-NEXT: return %arg0 : i32
// CHECK-NEXT: }
// CHECK-NEXT: func.func @no_inline_declaration(%arg0: i32) -> i32 {
// CHECK-NEXT: %0 = call @external(%arg0) : (i32) -> i32
// CHECK-NEXT: return %0 : i32
// CHECK-NEXT: }
// CHECK-NEXT: func.func private @external(i32) -> i32
// CHECK-NEXT: func.func @no_inline_unregistered(%arg0: i32) -> i32 {
// CHECK-NEXT: %0 = call @has_unregistered(%arg0) : (i32) -> i32
// CHECK-NEXT: return %0 : i32
// CHECK-NEXT: }
// CHECK-NEXT: func.func private @has_unregistered(%arg0: i32) -> i32 {
// CHECK-NEXT: %0 = "unknown.op"(%arg0) : (i32) -> i32
// CHECK-NEXT: return %0 : i32
// CHECK-NEXT: }
// Not inlined: recursion, no_inline, declarations, ops of dialects without an inliner interface.
func.func @no_inline_recursive(%x: i32) -> i32 {
  %r = call @no_inline_recursive(%x) : (i32) -> i32
  return %r : i32
}
func.func @no_inline_mutual(%x: i32) -> i32 {
  %r = call @ping(%x) : (i32) -> i32
  return %r : i32
}
func.func private @ping(%x: i32) -> i32 {
  %r = call @pong(%x) : (i32) -> i32
  return %r : i32
}
func.func private @pong(%x: i32) -> i32 {
  %r = call @ping(%x) : (i32) -> i32
  return %r : i32
}
func.func @no_inline_attr(%x: i32) -> i32 {
  %r = call @callee(%x) {no_inline} : (i32) -> i32
  return %r : i32
}
func.func private @callee(%x: i32) -> i32 {
  return %x : i32
}
func.func @no_inline_declaration(%x: i32) -> i32 {
  %r = call @external(%x) : (i32) -> i32
  return %r : i32
}
func.func private @external(i32) -> i32
func.func @no_inline_unregistered(%x: i32) -> i32 {
  %r = call @has_unregistered(%x) : (i32) -> i32
  return %r : i32
}
func.func private @has_unregistered(%x: i32) -> i32 {
  %r = "unknown.op"(%x) : (i32) -> i32
  return %r : i32
}

// -----

// CHECK-LABEL: func.func @public_callee(%arg0: i32) -> i32 {
// CHECK-NEXT: return %arg0 : i32
// CHECK-NEXT: }
// CHECK-NEXT: func.func @calls_public(%arg0: i32) -> i32 {
// CHECK-NEXT: return %arg0 : i32
// CHECK-NEXT: }
// Public callees stay after being inlined; every function is canonicalized.
func.func @public_callee(%x: i32) -> i32 {
  %c0 = arith.constant 0 : i32
  %r = arith.addi %x, %c0 : i32
  return %r : i32
}
func.func @calls_public(%x: i32) -> i32 {
  %r = call @public_callee(%x) : (i32) -> i32
  return %r : i32
}
