// RUN: dialectic-opt %s --split-input-file --convert-math-to-libm | FileCheck %s

// The calls to libm. The CHECK lines are what mlir-opt-22 --convert-math-to-libm prints for this file.

// Each math op libm has a function for becomes a call, f32 to the `f` variant; the functions are declared at
// the top of the module, the latest first.
// CHECK: func.func private @pow(f64, f64) -> f64 attributes {llvm.readnone}
// CHECK: func.func private @fmaf(f32, f32, f32) -> f32 attributes {llvm.readnone}
// CHECK: func.func private @rsqrtf(f32) -> f32 attributes {llvm.readnone}
// CHECK: func.func private @powf(f32, f32) -> f32 attributes {llvm.readnone}
// CHECK: func.func private @roundevenf(f32) -> f32 attributes {llvm.readnone}
// CHECK: func.func private @sinf(f32) -> f32 attributes {llvm.readnone}
// CHECK: func.func private @fabsf(f32) -> f32 attributes {llvm.readnone}
// CHECK: func.func private @sqrtf(f32) -> f32 attributes {llvm.readnone}
// CHECK: func.func private @expm1f(f32) -> f32 attributes {llvm.readnone}
// CHECK: func.func private @tan(f64) -> f64 attributes {llvm.readnone}
// CHECK: func.func private @cbrtf(f32) -> f32 attributes {llvm.readnone}
// CHECK: func.func private @erff(f32) -> f32 attributes {llvm.readnone}
// CHECK: func.func private @atan2f(f32, f32) -> f32 attributes {llvm.readnone}
// CHECK: func.func private @tanhf(f32) -> f32 attributes {llvm.readnone}
// CHECK: func.func private @tanf(f32) -> f32 attributes {llvm.readnone}
// CHECK-LABEL: func.func @libm(%arg0: f32, %arg1: f64, %arg2: f32) -> (f32, f32, f32, f32, f32, f64, f32, f32, f32, f32, f32, f32, f32, f32, f64) {
// CHECK-NEXT: %0 = call @tanf(%arg0) : (f32) -> f32
// CHECK-NEXT: %1 = call @tanhf(%arg0) : (f32) -> f32
// CHECK-NEXT: %2 = call @atan2f(%arg0, %arg2) : (f32, f32) -> f32
// CHECK-NEXT: %3 = call @erff(%arg0) : (f32) -> f32
// CHECK-NEXT: %4 = call @cbrtf(%arg0) : (f32) -> f32
// CHECK-NEXT: %5 = call @tan(%arg1) : (f64) -> f64
// CHECK-NEXT: %6 = call @expm1f(%arg0) : (f32) -> f32
// CHECK-NEXT: %7 = call @sqrtf(%arg0) : (f32) -> f32
// CHECK-NEXT: %8 = call @fabsf(%arg0) : (f32) -> f32
// CHECK-NEXT: %9 = call @sinf(%arg0) : (f32) -> f32
// CHECK-NEXT: %10 = call @roundevenf(%arg0) : (f32) -> f32
// CHECK-NEXT: %11 = call @powf(%arg0, %arg2) : (f32, f32) -> f32
// CHECK-NEXT: %12 = call @rsqrtf(%arg0) : (f32) -> f32
// CHECK-NEXT: %13 = call @fmaf(%arg0, %arg2, %arg2) : (f32, f32, f32) -> f32
// CHECK-NEXT: %14 = call @pow(%arg1, %arg1) : (f64, f64) -> f64
// CHECK-NEXT: return %0, %1, %2, %3, %4, %5, %6, %7, %8, %9, %10, %11, %12, %13, %14 : f32, f32, f32, f32, f32, f64, f32, f32, f32, f32, f32, f32, f32, f32, f64
// CHECK-NEXT: }
func.func @libm(%a: f32, %d: f64, %b: f32) -> (f32, f32, f32, f32, f32, f64, f32, f32, f32, f32, f32, f32, f32, f32, f64) {
  %0 = math.tan %a : f32
  %1 = math.tanh %a : f32
  %2 = math.atan2 %a, %b : f32
  %3 = math.erf %a : f32
  %4 = math.cbrt %a : f32
  %5 = math.tan %d : f64
  %6 = math.expm1 %a : f32
  %7 = math.sqrt %a : f32
  %8 = math.absf %a fastmath<fast> : f32
  %9 = math.sin %a : f32
  %10 = math.roundeven %a : f32
  %11 = math.powf %a, %b : f32
  %12 = math.rsqrt %a : f32
  %13 = math.fma %a, %b, %b : f32
  %14 = math.powf %d, %d : f64
  return %0, %1, %2, %3, %4, %5, %6, %7, %8, %9, %10, %11, %12, %13, %14 : f32, f32, f32, f32, f32, f64, f32, f32, f32, f32, f32, f32, f32, f32, f64
}

// -----

// CHECK: func.func private @trunc(f64) -> f64 attributes {llvm.readnone}
// CHECK: func.func private @sinh(f64) -> f64 attributes {llvm.readnone}
// CHECK: func.func private @round(f64) -> f64 attributes {llvm.readnone}
// CHECK: func.func private @log2(f64) -> f64 attributes {llvm.readnone}
// CHECK: func.func private @log1p(f64) -> f64 attributes {llvm.readnone}
// CHECK: func.func private @log10(f64) -> f64 attributes {llvm.readnone}
// CHECK: func.func private @log(f64) -> f64 attributes {llvm.readnone}
// CHECK: func.func private @floor(f64) -> f64 attributes {llvm.readnone}
// CHECK: func.func private @exp2(f64) -> f64 attributes {llvm.readnone}
// CHECK: func.func private @exp(f64) -> f64 attributes {llvm.readnone}
// CHECK: func.func private @erfc(f64) -> f64 attributes {llvm.readnone}
// CHECK: func.func private @cosh(f64) -> f64 attributes {llvm.readnone}
// CHECK: func.func private @cos(f64) -> f64 attributes {llvm.readnone}
// CHECK: func.func private @ceil(f64) -> f64 attributes {llvm.readnone}
// CHECK: func.func private @atanh(f64) -> f64 attributes {llvm.readnone}
// CHECK: func.func private @atan(f64) -> f64 attributes {llvm.readnone}
// CHECK: func.func private @asinh(f64) -> f64 attributes {llvm.readnone}
// CHECK: func.func private @asin(f64) -> f64 attributes {llvm.readnone}
// CHECK: func.func private @acosh(f64) -> f64 attributes {llvm.readnone}
// CHECK: func.func private @acos(f64) -> f64 attributes {llvm.readnone}
// CHECK-LABEL: func.func @all_f64(%arg0: f64) -> f64 {
// CHECK-NEXT: %0 = call @acos(%arg0) : (f64) -> f64
// CHECK-NEXT: %1 = call @acosh(%0) : (f64) -> f64
// CHECK-NEXT: %2 = call @asin(%1) : (f64) -> f64
// CHECK-NEXT: %3 = call @asinh(%2) : (f64) -> f64
// CHECK-NEXT: %4 = call @atan(%3) : (f64) -> f64
// CHECK-NEXT: %5 = call @atanh(%4) : (f64) -> f64
// CHECK-NEXT: %6 = call @ceil(%5) : (f64) -> f64
// CHECK-NEXT: %7 = call @cos(%6) : (f64) -> f64
// CHECK-NEXT: %8 = call @cosh(%7) : (f64) -> f64
// CHECK-NEXT: %9 = call @erfc(%8) : (f64) -> f64
// CHECK-NEXT: %10 = call @exp(%9) : (f64) -> f64
// CHECK-NEXT: %11 = call @exp2(%10) : (f64) -> f64
// CHECK-NEXT: %12 = call @floor(%11) : (f64) -> f64
// CHECK-NEXT: %13 = call @log(%12) : (f64) -> f64
// CHECK-NEXT: %14 = call @log10(%13) : (f64) -> f64
// CHECK-NEXT: %15 = call @log1p(%14) : (f64) -> f64
// CHECK-NEXT: %16 = call @log2(%15) : (f64) -> f64
// CHECK-NEXT: %17 = call @round(%16) : (f64) -> f64
// CHECK-NEXT: %18 = call @sinh(%17) : (f64) -> f64
// CHECK-NEXT: %19 = call @trunc(%18) : (f64) -> f64
// CHECK-NEXT: return %19 : f64
// CHECK-NEXT: }
func.func @all_f64(%d: f64) -> f64 {
  %0 = math.acos %d : f64
  %1 = math.acosh %0 : f64
  %2 = math.asin %1 : f64
  %3 = math.asinh %2 : f64
  %4 = math.atan %3 : f64
  %5 = math.atanh %4 : f64
  %6 = math.ceil %5 : f64
  %7 = math.cos %6 : f64
  %8 = math.cosh %7 : f64
  %9 = math.erfc %8 : f64
  %10 = math.exp %9 : f64
  %11 = math.exp2 %10 : f64
  %12 = math.floor %11 : f64
  %13 = math.log %12 : f64
  %14 = math.log10 %13 : f64
  %15 = math.log1p %14 : f64
  %16 = math.log2 %15 : f64
  %17 = math.round %16 : f64
  %18 = math.sinh %17 : f64
  %19 = math.trunc %18 : f64
  return %19 : f64
}

// -----

// f16 and bf16 go through f32; an existing declaration is called as it is.
// CHECK: func.func private @atan2f(f32, f32) -> f32 attributes {llvm.readnone}
// CHECK-LABEL: func.func @promote(%arg0: f16, %arg1: bf16) -> (f16, bf16) {
// CHECK-NEXT: %0 = arith.extf %arg0 : f16 to f32
// CHECK-NEXT: %1 = call @tanf(%0) : (f32) -> f32
// CHECK-NEXT: %2 = arith.truncf %1 : f32 to f16
// CHECK-NEXT: %3 = arith.extf %arg1 : bf16 to f32
// CHECK-NEXT: %4 = arith.extf %arg1 : bf16 to f32
// CHECK-NEXT: %5 = call @atan2f(%3, %4) : (f32, f32) -> f32
// CHECK-NEXT: %6 = arith.truncf %5 : f32 to bf16
// CHECK-NEXT: return %2, %6 : f16, bf16
// CHECK-NEXT: }
func.func @promote(%a: f16, %b: bf16) -> (f16, bf16) {
  %0 = math.tan %a fastmath<fast> : f16
  %1 = math.atan2 %b, %b : bf16
  return %0, %1 : f16, bf16
}
func.func private @tanf(f32) -> f32
// CHECK: func.func private @tanf(f32) -> f32
