// RUN: dialectic-opt %s --canonicalize --split-input-file | FileCheck %s

// Upstream math has no canonicalization patterns, only folders: --canonicalize constant-folds through them.
// The expected output is mlir-opt-22 --canonicalize's, byte for byte.

// CHECK-LABEL: func.func @math_consts() -> (f32, f32, f32, i32, i32, f64, f32) {
// CHECK-NEXT:    %cst = arith.constant 2.000000e+00 : f32
// CHECK-NEXT:    %cst_0 = arith.constant 2.500000e+00 : f32
// CHECK-NEXT:    %cst_1 = arith.constant -3.000000e+00 : f32
// CHECK-NEXT:    %c28_i32 = arith.constant 28 : i32
// CHECK-NEXT:    %c-251658240_i32 = arith.constant -251658240 : i32
// CHECK-NEXT:    %cst_2 = arith.constant 4.000000e+00 : f64
// CHECK-NEXT:    %cst_3 = arith.constant -4.000000e+00 : f32
// CHECK-NEXT:    return %cst, %cst_0, %cst_1, %c28_i32, %c-251658240_i32, %cst_2, %cst_3 : f32, f32, f32, i32, i32, f64, f32
// CHECK-NEXT:  }
func.func @math_consts() -> (f32, f32, f32, i32, i32, f64, f32) {
  %a = arith.constant 4.0 : f32
  %b = arith.constant -2.5 : f32
  %i = arith.constant 12 : i32
  %0 = math.sqrt %a : f32
  %1 = math.absf %b : f32
  %2 = math.floor %b : f32
  %3 = math.ctlz %i : i32
  %4 = math.ipowi %i, %i : i32
  %d = arith.constant 2.0 : f64
  %5 = math.exp2 %d : f64
  %6 = math.copysign %a, %b : f32
  return %0, %1, %2, %3, %4, %5, %6 : f32, f32, f32, i32, i32, f64, f32
}

// -----

// CHECK-LABEL: func.func @math_vector() -> (vector<2xf32>, f32, f32) {
// CHECK-NEXT:    %cst = arith.constant 8.000000e+00 : f32
// CHECK-NEXT:    %cst_0 = arith.constant dense<[1.000000e+00, 2.000000e+00]> : vector<2xf32>
// CHECK-NEXT:    %0 = math.cbrt %cst : f32
// CHECK-NEXT:    return %cst_0, %0, %cst : vector<2xf32>, f32, f32
// CHECK-NEXT:  }
func.func @math_vector() -> (vector<2xf32>, f32, f32) {
  %v = arith.constant dense<[1.0, 4.0]> : vector<2xf32>
  %0 = math.sqrt %v : vector<2xf32>
  %a = arith.constant 8.0 : f32
  %1 = math.cbrt %a : f32
  %2 = math.roundeven %a : f32
  return %0, %1, %2 : vector<2xf32>, f32, f32
}

// -----

// CHECK-LABEL: func.func @math_nonconst(%arg0: f32) -> (f32, f32) {
// CHECK-NEXT:    %0 = math.sqrt %arg0 : f32
// CHECK-NEXT:    %1 = math.absf %arg0 : f32
// CHECK-NEXT:    %2 = math.absf %1 : f32
// CHECK-NEXT:    return %0, %2 : f32, f32
// CHECK-NEXT:  }
func.func @math_nonconst(%x: f32) -> (f32, f32) {
  %0 = math.sqrt %x : f32
  %1 = math.absf %x : f32
  %2 = math.absf %1 : f32
  return %0, %2 : f32, f32
}

// -----

// CHECK-LABEL: func.func @math_fpowi(%arg0: f32) -> (f32, f32) {
// CHECK-NEXT:    %c1_i32 = arith.constant 1 : i32
// CHECK-NEXT:    %c0_i32 = arith.constant 0 : i32
// CHECK-NEXT:    %0 = math.fpowi %arg0, %c1_i32 : f32, i32
// CHECK-NEXT:    %1 = math.fpowi %arg0, %c0_i32 : f32, i32
// CHECK-NEXT:    return %0, %1 : f32, f32
// CHECK-NEXT:  }
func.func @math_fpowi(%x: f32) -> (f32, f32) {
  %c1 = arith.constant 1 : i32
  %c0 = arith.constant 0 : i32
  %0 = math.fpowi %x, %c1 : f32, i32
  %1 = math.fpowi %x, %c0 : f32, i32
  return %0, %1 : f32, f32
}
