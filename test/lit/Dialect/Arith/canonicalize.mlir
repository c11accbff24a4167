// RUN: dialectic-opt %s --canonicalize --split-input-file | FileCheck %s

// arith's C++ canonicalization patterns (the PDLL ones are in Transforms/ArithCanonicalization.pdll): an arith.cmpf
// of an integer converted to float against a float constant becomes an integer comparison or a constant
// (CmpFIntToFPConst), a select of the constants one and zero an extui (SelectToExtUI). The expected output is
// mlir-opt-22 --canonicalize's, byte for byte, except @always_predicates: there mlir-opt-22 crashes (cmpf false/true
// reach an unreachable in its pattern); we give the constant.

// CHECK-LABEL: func.func @exact_integer(%arg0: i32) -> i1 {
// CHECK-NEXT:    %c4_i32 = arith.constant 4 : i32
// CHECK-NEXT:    %0 = arith.cmpi slt, %arg0, %c4_i32 : i32
// CHECK-NEXT:    return %0 : i1
// CHECK-NEXT:  }
func.func @exact_integer(%x: i32) -> i1 {
  %f = arith.sitofp %x : i32 to f64
  %c = arith.constant 4.0 : f64
  %r = arith.cmpf olt, %f, %c : f64
  return %r : i1
}

// -----

// CHECK-LABEL: func.func @fraction_adjusts_predicate(%arg0: i32) -> (i1, i1) {
// CHECK-NEXT:    %c-7_i32 = arith.constant -7 : i32
// CHECK-NEXT:    %0 = arith.cmpi slt, %arg0, %c-7_i32 : i32
// CHECK-NEXT:    %1 = arith.cmpi sge, %arg0, %c-7_i32 : i32
// CHECK-NEXT:    return %0, %1 : i1, i1
// CHECK-NEXT:  }
func.func @fraction_adjusts_predicate(%x: i32) -> (i1, i1) {
  %f = arith.sitofp %x : i32 to f64
  %c = arith.constant -7.5 : f64
  %r0 = arith.cmpf ole, %f, %c : f64
  %r1 = arith.cmpf ogt, %f, %c : f64
  return %r0, %r1 : i1, i1
}

// -----

// CHECK-LABEL: func.func @unsigned(%arg0: i8) -> (i1, i1, i1) {
// CHECK-NEXT:    %true = arith.constant true
// CHECK-NEXT:    %c4_i8 = arith.constant 4 : i8
// CHECK-NEXT:    %0 = arith.cmpi ule, %arg0, %c4_i8 : i8
// CHECK-NEXT:    return %true, %true, %0 : i1, i1, i1
// CHECK-NEXT:  }
func.func @unsigned(%x: i8) -> (i1, i1, i1) {
  %f = arith.uitofp %x : i8 to f32
  %neg = arith.constant -4.5 : f32
  %big = arith.constant 300.0 : f32
  %half = arith.constant 4.5 : f32
  %r0 = arith.cmpf uge, %f, %neg : f32
  %r1 = arith.cmpf olt, %f, %big : f32
  %r2 = arith.cmpf ult, %f, %half : f32
  return %r0, %r1, %r2 : i1, i1, i1
}

// -----

// CHECK-LABEL: func.func @nan_checks_and_equality(%arg0: i16) -> (i1, i1, i1) {
// CHECK-NEXT:    %true = arith.constant true
// CHECK-NEXT:    %false = arith.constant false
// CHECK-NEXT:    return %true, %false, %false : i1, i1, i1
// CHECK-NEXT:  }
func.func @nan_checks_and_equality(%x: i16) -> (i1, i1, i1) {
  %f = arith.sitofp %x : i16 to f32
  %c = arith.constant 2.5 : f32
  %r0 = arith.cmpf ord, %f, %c : f32
  %r1 = arith.cmpf uno, %f, %c : f32
  %r2 = arith.cmpf oeq, %f, %c : f32
  return %r0, %r1, %r2 : i1, i1, i1
}

// -----

// CHECK-LABEL: func.func @too_wide_for_the_mantissa(%arg0: i64) -> i1 {
// CHECK-NEXT:    %cst = arith.constant 1.000000e+10 : f32
// CHECK-NEXT:    %0 = arith.sitofp %arg0 : i64 to f32
// CHECK-NEXT:    %1 = arith.cmpf olt, %0, %cst : f32
// CHECK-NEXT:    return %1 : i1
// CHECK-NEXT:  }
func.func @too_wide_for_the_mantissa(%x: i64) -> i1 {
  %f = arith.sitofp %x : i64 to f32
  %c = arith.constant 1.0e10 : f32
  %r = arith.cmpf olt, %f, %c : f32
  return %r : i1
}

// -----

// CHECK-LABEL: func.func @always_predicates(%arg0: i32) -> (i1, i1) {
// CHECK-NEXT:    %false = arith.constant false
// CHECK-NEXT:    %true = arith.constant true
// CHECK-NEXT:    return %false, %true : i1, i1
func.func @always_predicates(%x: i32) -> (i1, i1) {
  %f = arith.sitofp %x : i32 to f64
  %c = arith.constant 4.5 : f64
  %r0 = arith.cmpf false, %f, %c : f64
  %r1 = arith.cmpf true, %f, %c : f64
  return %r0, %r1 : i1, i1
}

// -----

// CHECK-LABEL: func.func @select_to_extui(%arg0: i1) -> (i32, i32, i8) {
// CHECK-NEXT:    %true = arith.constant true
// CHECK-NEXT:    %0 = arith.extui %arg0 : i1 to i32
// CHECK-NEXT:    %1 = arith.xori %arg0, %true : i1
// CHECK-NEXT:    %2 = arith.extui %1 : i1 to i32
// CHECK-NEXT:    %3 = arith.extui %arg0 : i1 to i8
// CHECK-NEXT:    return %0, %2, %3 : i32, i32, i8
// CHECK-NEXT:  }
func.func @select_to_extui(%c: i1) -> (i32, i32, i8) {
  %one = arith.constant 1 : i32
  %zero = arith.constant 0 : i32
  %a = arith.select %c, %one, %zero : i32
  %b = arith.select %c, %zero, %one : i32
  %o8 = arith.constant 1 : i8
  %z8 = arith.constant 0 : i8
  %d = arith.select %c, %o8, %z8 : i8
  return %a, %b, %d : i32, i32, i8
}
