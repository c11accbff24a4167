// RUN: dialectic-opt %s --split-input-file --convert-math-to-llvm | FileCheck %s

// The lowering of the math ops to LLVM intrinsics. The CHECK lines are what mlir-opt-22 --convert-math-to-llvm prints
// for this file.

// Float ops with an LLVM intrinsic lower to it, fast-math flags carried over.
// CHECK-LABEL: func.func @unary(%arg0: f32) -> (f32, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32) {
// CHECK-NEXT: %0 = llvm.intr.sqrt(%arg0) : (f32) -> f32
// CHECK-NEXT: %1 = llvm.intr.fabs(%arg0) : (f32) -> f32
// CHECK-NEXT: %2 = llvm.intr.ceil(%arg0) : (f32) -> f32
// CHECK-NEXT: %3 = llvm.intr.floor(%arg0) : (f32) -> f32
// CHECK-NEXT: %4 = llvm.intr.exp(%arg0) : (f32) -> f32
// CHECK-NEXT: %5 = llvm.intr.exp2(%arg0) : (f32) -> f32
// CHECK-NEXT: %6 = llvm.intr.log(%arg0) : (f32) -> f32
// CHECK-NEXT: %7 = llvm.intr.log2(%arg0) : (f32) -> f32
// CHECK-NEXT: %8 = llvm.intr.log10(%arg0) : (f32) -> f32
// CHECK-NEXT: %9 = llvm.intr.sin(%arg0) : (f32) -> f32
// CHECK-NEXT: %10 = llvm.intr.cos(%arg0) {fastmathFlags = #llvm.fastmath<fast>} : (f32) -> f32
// CHECK-NEXT: %11 = llvm.intr.roundeven(%arg0) : (f32) -> f32
// CHECK-NEXT: %12 = llvm.intr.round(%arg0) : (f32) -> f32
// CHECK-NEXT: %13 = llvm.intr.trunc(%arg0) {fastmathFlags = #llvm.fastmath<nnan>} : (f32) -> f32
// CHECK-NEXT: return %0, %1, %2, %3, %4, %5, %6, %7, %8, %9, %10, %11, %12, %13 : f32, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32
// CHECK-NEXT: }
func.func @unary(%a: f32) -> (f32, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32) {
  %0 = math.sqrt %a : f32
  %1 = math.absf %a : f32
  %2 = math.ceil %a : f32
  %3 = math.floor %a : f32
  %4 = math.exp %a : f32
  %5 = math.exp2 %a : f32
  %6 = math.log %a : f32
  %7 = math.log2 %a : f32
  %8 = math.log10 %a : f32
  %9 = math.sin %a : f32
  %10 = math.cos %a fastmath<fast> : f32
  %11 = math.roundeven %a : f32
  %12 = math.round %a : f32
  %13 = math.trunc %a fastmath<nnan> : f32
  return %0, %1, %2, %3, %4, %5, %6, %7, %8, %9, %10, %11, %12, %13 : f32, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32
}

// CHECK-LABEL: func.func @binary(%arg0: f64, %arg1: f64, %arg2: f64, %arg3: i32) -> (f64, f64, f64, f64) {
// CHECK-NEXT: %0 = llvm.intr.pow(%arg0, %arg1) : (f64, f64) -> f64
// CHECK-NEXT: %1 = llvm.intr.fma(%arg0, %arg1, %arg2) {fastmathFlags = #llvm.fastmath<contract>} : (f64, f64, f64) -> f64
// CHECK-NEXT: %2 = llvm.intr.copysign(%arg0, %arg1) : (f64, f64) -> f64
// CHECK-NEXT: %3 = llvm.intr.powi(%arg0, %arg3) : (f64, i32) -> f64
// CHECK-NEXT: return %0, %1, %2, %3 : f64, f64, f64, f64
// CHECK-NEXT: }
func.func @binary(%a: f64, %b: f64, %c: f64, %n: i32) -> (f64, f64, f64, f64) {
  %0 = math.powf %a, %b : f64
  %1 = math.fma %a, %b, %c fastmath<contract> : f64
  %2 = math.copysign %a, %b : f64
  %3 = math.fpowi %a, %n : f64, i32
  return %0, %1, %2, %3 : f64, f64, f64, f64
}

// -----

// Integer ops: the intrinsics' poison flags are off.
// CHECK-LABEL: func.func @integer(%arg0: i32, %arg1: vector<4xi8>) -> (i32, i32, i32, i32, vector<4xi8>) {
// CHECK-NEXT: %0 = "llvm.intr.abs"(%arg0) <{is_int_min_poison = false}> : (i32) -> i32
// CHECK-NEXT: %1 = "llvm.intr.ctlz"(%arg0) <{is_zero_poison = false}> : (i32) -> i32
// CHECK-NEXT: %2 = "llvm.intr.cttz"(%arg0) <{is_zero_poison = false}> : (i32) -> i32
// CHECK-NEXT: %3 = llvm.intr.ctpop(%arg0) : (i32) -> i32
// CHECK-NEXT: %4 = llvm.intr.ctpop(%arg1) : (vector<4xi8>) -> vector<4xi8>
// CHECK-NEXT: return %0, %1, %2, %3, %4 : i32, i32, i32, i32, vector<4xi8>
// CHECK-NEXT: }
func.func @integer(%a: i32, %v: vector<4xi8>) -> (i32, i32, i32, i32, vector<4xi8>) {
  %0 = math.absi %a : i32
  %1 = math.ctlz %a : i32
  %2 = math.cttz %a : i32
  %3 = math.ctpop %a : i32
  %4 = math.ctpop %v : vector<4xi8>
  return %0, %1, %2, %3, %4 : i32, i32, i32, i32, vector<4xi8>
}

// -----

// rsqrt, expm1 and log1p are written with the intrinsics LLVM has.
// CHECK-LABEL: func.func @expansions(%arg0: f32, %arg1: f64) -> (f32, f32, f32, f64) {
// CHECK-NEXT: %0 = llvm.mlir.constant(1.000000e+00 : f32) : f32
// CHECK-NEXT: %1 = llvm.intr.sqrt(%arg0) : (f32) -> f32
// CHECK-NEXT: %2 = llvm.fdiv %0, %1 : f32
// CHECK-NEXT: %3 = llvm.mlir.constant(1.000000e+00 : f32) : f32
// CHECK-NEXT: %4 = llvm.intr.exp(%arg0) {fastmathFlags = #llvm.fastmath<nnan>} : (f32) -> f32
// CHECK-NEXT: %5 = llvm.fsub %4, %3 {fastmathFlags = #llvm.fastmath<nnan>} : f32
// CHECK-NEXT: %6 = llvm.mlir.constant(1.000000e+00 : f32) : f32
// CHECK-NEXT: %7 = llvm.fadd %6, %arg0 {fastmathFlags = #llvm.fastmath<fast>} : f32
// CHECK-NEXT: %8 = llvm.intr.log(%7) {fastmathFlags = #llvm.fastmath<fast>} : (f32) -> f32
// CHECK-NEXT: %9 = llvm.mlir.constant(1.000000e+00 : f64) : f64
// CHECK-NEXT: %10 = llvm.intr.sqrt(%arg1) : (f64) -> f64
// CHECK-NEXT: %11 = llvm.fdiv %9, %10 : f64
// CHECK-NEXT: return %2, %5, %8, %11 : f32, f32, f32, f64
// CHECK-NEXT: }
func.func @expansions(%a: f32, %d: f64) -> (f32, f32, f32, f64) {
  %0 = math.rsqrt %a : f32
  %1 = math.expm1 %a fastmath<nnan> : f32
  %2 = math.log1p %a fastmath<fast> : f32
  %3 = math.rsqrt %d : f64
  return %0, %1, %2, %3 : f32, f32, f32, f64
}

// CHECK-LABEL: func.func @vector_expansions(%arg0: vector<4xf32>) -> (vector<4xf32>, vector<4xf32>) {
// CHECK-NEXT: %0 = llvm.intr.sqrt(%arg0) : (vector<4xf32>) -> vector<4xf32>
// CHECK-NEXT: %1 = llvm.mlir.constant(dense<1.000000e+00> : vector<4xf32>) : vector<4xf32>
// CHECK-NEXT: %2 = llvm.intr.sqrt(%0) : (vector<4xf32>) -> vector<4xf32>
// CHECK-NEXT: %3 = llvm.fdiv %1, %2 : vector<4xf32>
// CHECK-NEXT: %4 = llvm.mlir.constant(dense<1.000000e+00> : vector<4xf32>) : vector<4xf32>
// CHECK-NEXT: %5 = llvm.intr.exp(%3) : (vector<4xf32>) -> vector<4xf32>
// CHECK-NEXT: %6 = llvm.fsub %5, %4 : vector<4xf32>
// CHECK-NEXT: return %3, %6 : vector<4xf32>, vector<4xf32>
// CHECK-NEXT: }
func.func @vector_expansions(%a: vector<4xf32>) -> (vector<4xf32>, vector<4xf32>) {
  %0 = math.sqrt %a : vector<4xf32>
  %1 = math.rsqrt %0 : vector<4xf32>
  %2 = math.expm1 %1 : vector<4xf32>
  return %1, %2 : vector<4xf32>, vector<4xf32>
}

// -----

// Other float types LLVM has; ops without an intrinsic stay.
// CHECK-LABEL: func.func @other(%arg0: f16, %arg1: bf16, %arg2: f32, %arg3: i64) -> (f16, bf16, f32, f32, i64) {
// CHECK-NEXT: %0 = llvm.intr.exp(%arg0) : (f16) -> f16
// CHECK-NEXT: %1 = llvm.intr.sqrt(%arg1) : (bf16) -> bf16
// CHECK-NEXT: %2 = math.erf %arg2 : f32
// CHECK-NEXT: %3 = math.cbrt %arg2 : f32
// CHECK-NEXT: %4 = math.ipowi %arg3, %arg3 : i64
// CHECK-NEXT: return %0, %1, %2, %3, %4 : f16, bf16, f32, f32, i64
// CHECK-NEXT: }
func.func @other(%h: f16, %b: bf16, %a: f32, %x: i64) -> (f16, bf16, f32, f32, i64) {
  %0 = math.exp %h : f16
  %1 = math.sqrt %b : bf16
  %2 = math.erf %a : f32
  %3 = math.cbrt %a : f32
  %4 = math.ipowi %x, %x : i64
  return %0, %1, %2, %3, %4 : f16, bf16, f32, f32, i64
}
