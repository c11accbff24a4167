// RUN: dialectic-opt --allow-unregistered-dialect --test-constant-fold %s | FileCheck %s

// scf.if's folder (upstream's IfOp::fold, in place): a condition negated by `arith.xori %c, 1` is replaced by %c
// and the two regions swap. mlir-opt-22 --canonicalize turns @if_negated into the same scf.if (it also erases the
// dead xori and, for @if_negated_results, goes on to an arith.select, which folding alone does not).

// CHECK-LABEL: func.func @if_negated(%arg0: i1) {
// CHECK:         scf.if %arg0 {
// CHECK-NEXT:      "test.b"() : () -> ()
// CHECK-NEXT:    } else {
// CHECK-NEXT:      "test.a"() : () -> ()
// CHECK-NEXT:    }
func.func @if_negated(%c: i1) {
  %true = arith.constant true
  %n = arith.xori %c, %true : i1
  scf.if %n {
    "test.a"() : () -> ()
  } else {
    "test.b"() : () -> ()
  }
  return
}

// CHECK-LABEL: func.func @if_negated_results(%arg0: i1, %arg1: f32, %arg2: f32) -> f32 {
// CHECK:         %[[R:.+]] = scf.if %arg0 -> (f32) {
// CHECK-NEXT:      scf.yield %arg2 : f32
// CHECK-NEXT:    } else {
// CHECK-NEXT:      scf.yield %arg1 : f32
// CHECK-NEXT:    }
// CHECK-NEXT:    return %[[R]] : f32
func.func @if_negated_results(%c: i1, %x: f32, %y: f32) -> f32 {
  %true = arith.constant true
  %n = arith.xori %c, %true : i1
  %r = scf.if %n -> f32 {
    scf.yield %x : f32
  } else {
    scf.yield %y : f32
  }
  return %r : f32
}

// Without an else region there is nothing to swap.
// CHECK-LABEL: func.func @if_negated_no_else(%arg0: i1) {
// CHECK:         %[[N:.+]] = arith.xori %arg0, %true : i1
// CHECK-NEXT:    scf.if %[[N]] {
// CHECK-NEXT:      "test.a"() : () -> ()
// CHECK-NEXT:    }
func.func @if_negated_no_else(%c: i1) {
  %true = arith.constant true
  %n = arith.xori %c, %true : i1
  scf.if %n {
    "test.a"() : () -> ()
  }
  return
}

// A negation by a value that is not the constant 1 is left alone.
// CHECK-LABEL: func.func @if_xori_value(%arg0: i1, %arg1: i1) {
// CHECK-NEXT:    %[[N:.+]] = arith.xori %arg0, %arg1 : i1
// CHECK-NEXT:    scf.if %[[N]] {
// CHECK-NEXT:      "test.a"() : () -> ()
// CHECK-NEXT:    } else {
// CHECK-NEXT:      "test.b"() : () -> ()
// CHECK-NEXT:    }
func.func @if_xori_value(%c: i1, %d: i1) {
  %n = arith.xori %c, %d : i1
  scf.if %n {
    "test.a"() : () -> ()
  } else {
    "test.b"() : () -> ()
  }
  return
}
