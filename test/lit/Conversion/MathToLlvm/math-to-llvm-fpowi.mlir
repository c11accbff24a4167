// RUN: dialectic-opt %s --convert-math-to-llvm | FileCheck %s

// llvm.intr.powi takes a scalar exponent: a vector exponent is left alone (mlir-opt-22 builds an invalid
// llvm.intr.powi here and fails verification); an index exponent goes through its i64 conversion.

// CHECK-LABEL: func.func @fpowi_vector_exponent(%arg0: vector<2xf64>, %arg1: vector<2xi64>, %arg2: f32, %arg3: index) -> (vector<2xf64>, f32) {
// CHECK-NEXT: %0 = builtin.unrealized_conversion_cast %arg3 : index to i64
// CHECK-NEXT: %1 = math.fpowi %arg0, %arg1 : vector<2xf64>, vector<2xi64>
// CHECK-NEXT: %2 = llvm.intr.powi(%arg2, %0) : (f32, i64) -> f32
// CHECK-NEXT: return %1, %2 : vector<2xf64>, f32
func.func @fpowi_vector_exponent(%v: vector<2xf64>, %w: vector<2xi64>, %f: f32, %i: index) -> (vector<2xf64>, f32) {
  %0 = math.fpowi %v, %w : vector<2xf64>, vector<2xi64>
  %1 = math.fpowi %f, %i : f32, index
  return %0, %1 : vector<2xf64>, f32
}
