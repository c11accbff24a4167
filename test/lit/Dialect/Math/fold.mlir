// RUN: dialectic-opt --test-constant-fold %s | FileCheck %s

// The math folders; the folded values are mlir-opt-22 --canonicalize's. Transcendental functions fold through
// the host libm on f32 and f64 only; exact operations (absf, ceil, floor, roundeven, copysign, classification)
// fold in every float format.

// CHECK-LABEL: func.func @sin_f32_f64
// CHECK-DAG:     %[[S32:.+]] = arith.constant 0.47942555 : f32
// CHECK-DAG:     %[[S64:.+]] = arith.constant 0.47942553860420301 : f64
// CHECK:         return %[[S32]], %[[S64]] : f32, f64
func.func @sin_f32_f64() -> (f32, f64) {
  %a = arith.constant 0.5 : f32
  %b = arith.constant 0.5 : f64
  %0 = math.sin %a : f32
  %1 = math.sin %b : f64
  return %0, %1 : f32, f64
}

// CHECK-LABEL: func.func @sin_f16_stays
// CHECK:         %[[R:.+]] = math.sin %{{.+}} : f16
// CHECK-NEXT:    return %[[R]] : f16
func.func @sin_f16_stays() -> f16 {
  %a = arith.constant 0.5 : f16
  %0 = math.sin %a : f16
  return %0 : f16
}

// log(-0) does not fold (upstream declines negative operands, -0 included); log(1) does.
// CHECK-LABEL: func.func @log_negative_zero_stays
// CHECK-DAG:     %[[NZ:.+]] = arith.constant -0.000000e+00 : f32
// CHECK-DAG:     %[[Z:.+]] = arith.constant 0.000000e+00 : f32
// CHECK:         %[[L:.+]] = math.log %[[NZ]] : f32
// CHECK-NEXT:    return %[[L]], %[[Z]] : f32, f32
func.func @log_negative_zero_stays() -> (f32, f32) {
  %a = arith.constant -0.0 : f32
  %0 = math.log %a : f32
  %b = arith.constant 1.0 : f32
  %1 = math.log %b : f32
  return %0, %1 : f32, f32
}

// CHECK-LABEL: func.func @log1p_below_minus_one_stays
// CHECK-DAG:     %[[M2:.+]] = arith.constant -2.000000e+00 : f64
// CHECK-DAG:     %[[NINF:.+]] = arith.constant 0xFFF0000000000000 : f64
// CHECK:         %[[L:.+]] = math.log1p %[[M2]] : f64
// CHECK-NEXT:    return %[[L]], %[[NINF]] : f64, f64
func.func @log1p_below_minus_one_stays() -> (f64, f64) {
  %a = arith.constant -2.0 : f64
  %0 = math.log1p %a : f64
  %b = arith.constant -1.0 : f64
  %1 = math.log1p %b : f64
  return %0, %1 : f64, f64
}

// CHECK-LABEL: func.func @ceil_floor_f16
// CHECK-DAG:     %[[NZ:.+]] = arith.constant -0.000000e+00 : f16
// CHECK-DAG:     %[[M1:.+]] = arith.constant -1.000000e+00 : f16
// CHECK:         return %[[NZ]], %[[M1]], %[[NZ]] : f16, f16, f16
func.func @ceil_floor_f16() -> (f16, f16, f16) {
  %a = arith.constant -0.5 : f16
  %0 = math.ceil %a : f16
  %1 = math.floor %a : f16
  %2 = math.roundeven %a : f16
  return %0, %1, %2 : f16, f16, f16
}

// CHECK-LABEL: func.func @absf_vector
// CHECK-NEXT:    %[[C:.+]] = arith.constant dense<[1.500000e+00, 2.000000e+00, 0.000000e+00]> : vector<3xf32>
// CHECK-NEXT:    return %[[C]] : vector<3xf32>
func.func @absf_vector() -> vector<3xf32> {
  %a = arith.constant dense<[-1.5, 2.0, -0.0]> : vector<3xf32>
  %0 = math.absf %a : vector<3xf32>
  return %0 : vector<3xf32>
}

// CHECK-LABEL: func.func @isnan_splat
// CHECK-DAG:     %[[V:.+]] = arith.constant dense<true> : vector<2xi1>
// CHECK-DAG:     %[[T:.+]] = arith.constant true
// CHECK:         return %[[V]], %[[T]] : vector<2xi1>, i1
func.func @isnan_splat() -> (vector<2xi1>, i1) {
  %a = arith.constant dense<0x7FC00000> : vector<2xf32>
  %0 = math.isnan %a : vector<2xf32>
  %b = arith.constant 0x7F800000 : f32
  %1 = math.isinf %b : f32
  return %0, %1 : vector<2xi1>, i1
}

// CHECK-LABEL: func.func @atan2_zeros
// CHECK-NEXT:    %[[C:.+]] = arith.constant 0x7FC00000 : f32
// CHECK-NEXT:    return %[[C]] : f32
func.func @atan2_zeros() -> f32 {
  %a = arith.constant 0.0 : f32
  %0 = math.atan2 %a, %a : f32
  return %0 : f32
}

// CHECK-LABEL: func.func @ctlz_index
// CHECK-NEXT:    %[[C:.+]] = arith.constant 61 : index
// CHECK-NEXT:    return %[[C]] : index
func.func @ctlz_index() -> index {
  %a = arith.constant 5 : index
  %0 = math.ctlz %a : index
  return %0 : index
}

// (-1)^-3 = -1, 2^-3 = 0, 2^10 = 1024.
// CHECK-LABEL: func.func @ipowi_negative_power
// CHECK-DAG:     %[[M1:.+]] = arith.constant -1 : i32
// CHECK-DAG:     %[[Z:.+]] = arith.constant 0 : i32
// CHECK-DAG:     %[[K:.+]] = arith.constant 1024 : i32
// CHECK:         return %[[M1]], %[[Z]], %[[K]] : i32, i32, i32
func.func @ipowi_negative_power() -> (i32, i32, i32) {
  %m1 = arith.constant -1 : i32
  %m3 = arith.constant -3 : i32
  %two = arith.constant 2 : i32
  %0 = math.ipowi %m1, %m3 : i32
  %1 = math.ipowi %two, %m3 : i32
  %ten = arith.constant 10 : i32
  %2 = math.ipowi %two, %ten : i32
  return %0, %1, %2 : i32, i32, i32
}

// cbrt, rsqrt, fpowi and fma have no folder in MLIR 22.
// CHECK-LABEL: func.func @no_folders
// CHECK:         math.cbrt
// CHECK-NEXT:    math.rsqrt
// CHECK-NEXT:    math.fpowi
// CHECK-NEXT:    math.fma
func.func @no_folders() -> (f32, f32, f32, f32) {
  %a = arith.constant 0.5 : f32
  %i = arith.constant 3 : i32
  %0 = math.cbrt %a : f32
  %1 = math.rsqrt %a : f32
  %2 = math.fpowi %a, %i : f32, i32
  %3 = math.fma %a, %a, %a : f32
  return %0, %1, %2, %3 : f32, f32, f32, f32
}
