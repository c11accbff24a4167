// RUN: dialectic-opt %s | dialectic-opt | FileCheck %s
// RUN: dialectic-opt --mlir-print-op-generic %s | dialectic-opt | FileCheck %s

// Round trip of every math op (custom -> custom, and custom -> generic -> custom); the CHECK lines are
// mlir-opt-22's output. Float ops print their fast-math flags after the operands unless they are none;
// the classification ops keep them in the attribute dictionary; sincos names its results %sin, %cos.

// CHECK-LABEL: func.func @absf_scalar(%arg0: f32) -> f32 {
// CHECK-NEXT:    %0 = math.absf %arg0 : f32
// CHECK-NEXT:    return %0 : f32
// CHECK-NEXT:  }
func.func @absf_scalar(%x: f32) -> f32 {
  %0 = math.absf %x : f32
  return %0 : f32
}

// CHECK-LABEL: func.func @acos_scalar(%arg0: f64) -> f64 {
// CHECK-NEXT:    %0 = math.acos %arg0 : f64
// CHECK-NEXT:    return %0 : f64
// CHECK-NEXT:  }
func.func @acos_scalar(%x: f64) -> f64 {
  %0 = math.acos %x : f64
  return %0 : f64
}

// CHECK-LABEL: func.func @acosh_scalar(%arg0: f16) -> f16 {
// CHECK-NEXT:    %0 = math.acosh %arg0 : f16
// CHECK-NEXT:    return %0 : f16
// CHECK-NEXT:  }
func.func @acosh_scalar(%x: f16) -> f16 {
  %0 = math.acosh %x : f16
  return %0 : f16
}

// CHECK-LABEL: func.func @asin_scalar(%arg0: bf16) -> bf16 {
// CHECK-NEXT:    %0 = math.asin %arg0 : bf16
// CHECK-NEXT:    return %0 : bf16
// CHECK-NEXT:  }
func.func @asin_scalar(%x: bf16) -> bf16 {
  %0 = math.asin %x : bf16
  return %0 : bf16
}

// CHECK-LABEL: func.func @asinh_scalar(%arg0: vector<4xf32>) -> vector<4xf32> {
// CHECK-NEXT:    %0 = math.asinh %arg0 : vector<4xf32>
// CHECK-NEXT:    return %0 : vector<4xf32>
// CHECK-NEXT:  }
func.func @asinh_scalar(%x: vector<4xf32>) -> vector<4xf32> {
  %0 = math.asinh %x : vector<4xf32>
  return %0 : vector<4xf32>
}

// CHECK-LABEL: func.func @atan_scalar(%arg0: tensor<2x?xf64>) -> tensor<2x?xf64> {
// CHECK-NEXT:    %0 = math.atan %arg0 : tensor<2x?xf64>
// CHECK-NEXT:    return %0 : tensor<2x?xf64>
// CHECK-NEXT:  }
func.func @atan_scalar(%x: tensor<2x?xf64>) -> tensor<2x?xf64> {
  %0 = math.atan %x : tensor<2x?xf64>
  return %0 : tensor<2x?xf64>
}

// CHECK-LABEL: func.func @atanh_scalar(%arg0: f32) -> f32 {
// CHECK-NEXT:    %0 = math.atanh %arg0 : f32
// CHECK-NEXT:    return %0 : f32
// CHECK-NEXT:  }
func.func @atanh_scalar(%x: f32) -> f32 {
  %0 = math.atanh %x : f32
  return %0 : f32
}

// CHECK-LABEL: func.func @cbrt_scalar(%arg0: f64) -> f64 {
// CHECK-NEXT:    %0 = math.cbrt %arg0 : f64
// CHECK-NEXT:    return %0 : f64
// CHECK-NEXT:  }
func.func @cbrt_scalar(%x: f64) -> f64 {
  %0 = math.cbrt %x : f64
  return %0 : f64
}

// CHECK-LABEL: func.func @ceil_scalar(%arg0: f16) -> f16 {
// CHECK-NEXT:    %0 = math.ceil %arg0 : f16
// CHECK-NEXT:    return %0 : f16
// CHECK-NEXT:  }
func.func @ceil_scalar(%x: f16) -> f16 {
  %0 = math.ceil %x : f16
  return %0 : f16
}

// CHECK-LABEL: func.func @cos_scalar(%arg0: bf16) -> bf16 {
// CHECK-NEXT:    %0 = math.cos %arg0 : bf16
// CHECK-NEXT:    return %0 : bf16
// CHECK-NEXT:  }
func.func @cos_scalar(%x: bf16) -> bf16 {
  %0 = math.cos %x : bf16
  return %0 : bf16
}

// CHECK-LABEL: func.func @cosh_scalar(%arg0: vector<4xf32>) -> vector<4xf32> {
// CHECK-NEXT:    %0 = math.cosh %arg0 : vector<4xf32>
// CHECK-NEXT:    return %0 : vector<4xf32>
// CHECK-NEXT:  }
func.func @cosh_scalar(%x: vector<4xf32>) -> vector<4xf32> {
  %0 = math.cosh %x : vector<4xf32>
  return %0 : vector<4xf32>
}

// CHECK-LABEL: func.func @erf_scalar(%arg0: tensor<2x?xf64>) -> tensor<2x?xf64> {
// CHECK-NEXT:    %0 = math.erf %arg0 : tensor<2x?xf64>
// CHECK-NEXT:    return %0 : tensor<2x?xf64>
// CHECK-NEXT:  }
func.func @erf_scalar(%x: tensor<2x?xf64>) -> tensor<2x?xf64> {
  %0 = math.erf %x : tensor<2x?xf64>
  return %0 : tensor<2x?xf64>
}

// CHECK-LABEL: func.func @erfc_scalar(%arg0: f32) -> f32 {
// CHECK-NEXT:    %0 = math.erfc %arg0 : f32
// CHECK-NEXT:    return %0 : f32
// CHECK-NEXT:  }
func.func @erfc_scalar(%x: f32) -> f32 {
  %0 = math.erfc %x : f32
  return %0 : f32
}

// CHECK-LABEL: func.func @exp_scalar(%arg0: f64) -> f64 {
// CHECK-NEXT:    %0 = math.exp %arg0 : f64
// CHECK-NEXT:    return %0 : f64
// CHECK-NEXT:  }
func.func @exp_scalar(%x: f64) -> f64 {
  %0 = math.exp %x : f64
  return %0 : f64
}

// CHECK-LABEL: func.func @exp2_scalar(%arg0: f16) -> f16 {
// CHECK-NEXT:    %0 = math.exp2 %arg0 : f16
// CHECK-NEXT:    return %0 : f16
// CHECK-NEXT:  }
func.func @exp2_scalar(%x: f16) -> f16 {
  %0 = math.exp2 %x : f16
  return %0 : f16
}

// CHECK-LABEL: func.func @expm1_scalar(%arg0: bf16) -> bf16 {
// CHECK-NEXT:    %0 = math.expm1 %arg0 : bf16
// CHECK-NEXT:    return %0 : bf16
// CHECK-NEXT:  }
func.func @expm1_scalar(%x: bf16) -> bf16 {
  %0 = math.expm1 %x : bf16
  return %0 : bf16
}

// CHECK-LABEL: func.func @floor_scalar(%arg0: vector<4xf32>) -> vector<4xf32> {
// CHECK-NEXT:    %0 = math.floor %arg0 : vector<4xf32>
// CHECK-NEXT:    return %0 : vector<4xf32>
// CHECK-NEXT:  }
func.func @floor_scalar(%x: vector<4xf32>) -> vector<4xf32> {
  %0 = math.floor %x : vector<4xf32>
  return %0 : vector<4xf32>
}

// CHECK-LABEL: func.func @log_scalar(%arg0: tensor<2x?xf64>) -> tensor<2x?xf64> {
// CHECK-NEXT:    %0 = math.log %arg0 : tensor<2x?xf64>
// CHECK-NEXT:    return %0 : tensor<2x?xf64>
// CHECK-NEXT:  }
func.func @log_scalar(%x: tensor<2x?xf64>) -> tensor<2x?xf64> {
  %0 = math.log %x : tensor<2x?xf64>
  return %0 : tensor<2x?xf64>
}

// CHECK-LABEL: func.func @log10_scalar(%arg0: f32) -> f32 {
// CHECK-NEXT:    %0 = math.log10 %arg0 : f32
// CHECK-NEXT:    return %0 : f32
// CHECK-NEXT:  }
func.func @log10_scalar(%x: f32) -> f32 {
  %0 = math.log10 %x : f32
  return %0 : f32
}

// CHECK-LABEL: func.func @log1p_scalar(%arg0: f64) -> f64 {
// CHECK-NEXT:    %0 = math.log1p %arg0 : f64
// CHECK-NEXT:    return %0 : f64
// CHECK-NEXT:  }
func.func @log1p_scalar(%x: f64) -> f64 {
  %0 = math.log1p %x : f64
  return %0 : f64
}

// CHECK-LABEL: func.func @log2_scalar(%arg0: f16) -> f16 {
// CHECK-NEXT:    %0 = math.log2 %arg0 : f16
// CHECK-NEXT:    return %0 : f16
// CHECK-NEXT:  }
func.func @log2_scalar(%x: f16) -> f16 {
  %0 = math.log2 %x : f16
  return %0 : f16
}

// CHECK-LABEL: func.func @round_scalar(%arg0: bf16) -> bf16 {
// CHECK-NEXT:    %0 = math.round %arg0 : bf16
// CHECK-NEXT:    return %0 : bf16
// CHECK-NEXT:  }
func.func @round_scalar(%x: bf16) -> bf16 {
  %0 = math.round %x : bf16
  return %0 : bf16
}

// CHECK-LABEL: func.func @roundeven_scalar(%arg0: vector<4xf32>) -> vector<4xf32> {
// CHECK-NEXT:    %0 = math.roundeven %arg0 : vector<4xf32>
// CHECK-NEXT:    return %0 : vector<4xf32>
// CHECK-NEXT:  }
func.func @roundeven_scalar(%x: vector<4xf32>) -> vector<4xf32> {
  %0 = math.roundeven %x : vector<4xf32>
  return %0 : vector<4xf32>
}

// CHECK-LABEL: func.func @rsqrt_scalar(%arg0: tensor<2x?xf64>) -> tensor<2x?xf64> {
// CHECK-NEXT:    %0 = math.rsqrt %arg0 : tensor<2x?xf64>
// CHECK-NEXT:    return %0 : tensor<2x?xf64>
// CHECK-NEXT:  }
func.func @rsqrt_scalar(%x: tensor<2x?xf64>) -> tensor<2x?xf64> {
  %0 = math.rsqrt %x : tensor<2x?xf64>
  return %0 : tensor<2x?xf64>
}

// CHECK-LABEL: func.func @sin_scalar(%arg0: f32) -> f32 {
// CHECK-NEXT:    %0 = math.sin %arg0 : f32
// CHECK-NEXT:    return %0 : f32
// CHECK-NEXT:  }
func.func @sin_scalar(%x: f32) -> f32 {
  %0 = math.sin %x : f32
  return %0 : f32
}

// CHECK-LABEL: func.func @sinh_scalar(%arg0: f64) -> f64 {
// CHECK-NEXT:    %0 = math.sinh %arg0 : f64
// CHECK-NEXT:    return %0 : f64
// CHECK-NEXT:  }
func.func @sinh_scalar(%x: f64) -> f64 {
  %0 = math.sinh %x : f64
  return %0 : f64
}

// CHECK-LABEL: func.func @sqrt_scalar(%arg0: f16) -> f16 {
// CHECK-NEXT:    %0 = math.sqrt %arg0 : f16
// CHECK-NEXT:    return %0 : f16
// CHECK-NEXT:  }
func.func @sqrt_scalar(%x: f16) -> f16 {
  %0 = math.sqrt %x : f16
  return %0 : f16
}

// CHECK-LABEL: func.func @tan_scalar(%arg0: bf16) -> bf16 {
// CHECK-NEXT:    %0 = math.tan %arg0 : bf16
// CHECK-NEXT:    return %0 : bf16
// CHECK-NEXT:  }
func.func @tan_scalar(%x: bf16) -> bf16 {
  %0 = math.tan %x : bf16
  return %0 : bf16
}

// CHECK-LABEL: func.func @tanh_scalar(%arg0: vector<4xf32>) -> vector<4xf32> {
// CHECK-NEXT:    %0 = math.tanh %arg0 : vector<4xf32>
// CHECK-NEXT:    return %0 : vector<4xf32>
// CHECK-NEXT:  }
func.func @tanh_scalar(%x: vector<4xf32>) -> vector<4xf32> {
  %0 = math.tanh %x : vector<4xf32>
  return %0 : vector<4xf32>
}

// CHECK-LABEL: func.func @trunc_scalar(%arg0: tensor<2x?xf64>) -> tensor<2x?xf64> {
// CHECK-NEXT:    %0 = math.trunc %arg0 : tensor<2x?xf64>
// CHECK-NEXT:    return %0 : tensor<2x?xf64>
// CHECK-NEXT:  }
func.func @trunc_scalar(%x: tensor<2x?xf64>) -> tensor<2x?xf64> {
  %0 = math.trunc %x : tensor<2x?xf64>
  return %0 : tensor<2x?xf64>
}

// CHECK-LABEL: func.func @sin_fastmath(%arg0: f64) -> f64 {
// CHECK-NEXT:    %0 = math.sin %arg0 fastmath<fast> : f64
// CHECK-NEXT:    %1 = math.sin %0 fastmath<nnan,ninf> : f64
// CHECK-NEXT:    %2 = math.sin %1 : f64
// CHECK-NEXT:    %3 = math.sin %2 fastmath<fast> : f64
// CHECK-NEXT:    %4 = math.sin %3 fastmath<afn> {tag = "t"} : f64
// CHECK-NEXT:    return %4 : f64
// CHECK-NEXT:  }
func.func @sin_fastmath(%x: f64) -> f64 {
  %0 = math.sin %x fastmath<fast> : f64
  %1 = math.sin %0 fastmath<nnan,ninf> : f64
  %2 = math.sin %1 fastmath<none> : f64
  %3 = math.sin %2 fastmath<reassoc,nnan,ninf,nsz,arcp,contract,afn> : f64
  %4 = math.sin %3 fastmath<afn> {tag = "t"} : f64
  return %4 : f64
}

// CHECK-LABEL: func.func @exp2_unranked(%arg0: tensor<*xf32>) -> tensor<*xf32> {
// CHECK-NEXT:    %0 = math.exp2 %arg0 fastmath<nsz> : tensor<*xf32>
// CHECK-NEXT:    return %0 : tensor<*xf32>
// CHECK-NEXT:  }
func.func @exp2_unranked(%u: tensor<*xf32>) -> tensor<*xf32> {
  %0 = math.exp2 %u fastmath<nsz> : tensor<*xf32>
  return %0 : tensor<*xf32>
}

// CHECK-LABEL: func.func @absf_scalable(%arg0: vector<[4]xf32>) -> vector<[4]xf32> {
// CHECK-NEXT:    %0 = math.absf %arg0 : vector<[4]xf32>
// CHECK-NEXT:    return %0 : vector<[4]xf32>
// CHECK-NEXT:  }
func.func @absf_scalable(%s: vector<[4]xf32>) -> vector<[4]xf32> {
  %0 = math.absf %s : vector<[4]xf32>
  return %0 : vector<[4]xf32>
}

// CHECK-LABEL: func.func @atan2_scalar(%arg0: f32, %arg1: f32) -> f32 {
// CHECK-NEXT:    %0 = math.atan2 %arg0, %arg1 : f32
// CHECK-NEXT:    return %0 : f32
// CHECK-NEXT:  }
func.func @atan2_scalar(%x: f32, %y: f32) -> f32 {
  %0 = math.atan2 %x, %y : f32
  return %0 : f32
}

// CHECK-LABEL: func.func @copysign_fastmath(%arg0: f16, %arg1: f16) -> f16 {
// CHECK-NEXT:    %0 = math.copysign %arg0, %arg1 fastmath<nnan> : f16
// CHECK-NEXT:    return %0 : f16
// CHECK-NEXT:  }
func.func @copysign_fastmath(%x: f16, %y: f16) -> f16 {
  %0 = math.copysign %x, %y fastmath<nnan> : f16
  return %0 : f16
}

// CHECK-LABEL: func.func @powf_vector(%arg0: vector<2xf64>) -> vector<2xf64> {
// CHECK-NEXT:    %0 = math.powf %arg0, %arg0 : vector<2xf64>
// CHECK-NEXT:    %1 = math.powf %0, %arg0 fastmath<fast> : vector<2xf64>
// CHECK-NEXT:    return %1 : vector<2xf64>
// CHECK-NEXT:  }
func.func @powf_vector(%v: vector<2xf64>) -> vector<2xf64> {
  %0 = math.powf %v, %v : vector<2xf64>
  %1 = math.powf %0, %v fastmath<fast> : vector<2xf64>
  return %1 : vector<2xf64>
}

// CHECK-LABEL: func.func @fma_scalar(%arg0: f32, %arg1: f32, %arg2: f32) -> f32 {
// CHECK-NEXT:    %0 = math.fma %arg0, %arg1, %arg2 : f32
// CHECK-NEXT:    %1 = math.fma %0, %arg1, %arg2 fastmath<contract> : f32
// CHECK-NEXT:    return %1 : f32
// CHECK-NEXT:  }
func.func @fma_scalar(%a: f32, %b: f32, %c: f32) -> f32 {
  %0 = math.fma %a, %b, %c : f32
  %1 = math.fma %0, %b, %c fastmath<contract> : f32
  return %1 : f32
}

// CHECK-LABEL: func.func @clampf_tensor(%arg0: tensor<3xf64>, %arg1: f32, %arg2: f32) -> (tensor<3xf64>, f32) {
// CHECK-NEXT:    %0 = math.clampf %arg0 to [%arg0, %arg0] : tensor<3xf64>
// CHECK-NEXT:    %1 = math.clampf %arg1 to [%arg2, %arg1] fastmath<nnan,ninf> : f32
// CHECK-NEXT:    return %0, %1 : tensor<3xf64>, f32
// CHECK-NEXT:  }
func.func @clampf_tensor(%t: tensor<3xf64>, %a: f32, %b: f32) -> (tensor<3xf64>, f32) {
  %0 = math.clampf %t to [%t, %t] : tensor<3xf64>
  %1 = math.clampf %a to [%b, %a] fastmath<nnan,ninf> : f32
  return %0, %1 : tensor<3xf64>, f32
}

// CHECK-LABEL: func.func @sincos_results(%arg0: f32, %arg1: vector<3xf64>) -> (f32, f32, vector<3xf64>) {
// CHECK-NEXT:    %sin, %cos = math.sincos %arg0 : f32
// CHECK-NEXT:    %sin_0, %cos_1 = math.sincos %arg1 fastmath<afn> : vector<3xf64>
// CHECK-NEXT:    return %sin, %cos, %cos_1 : f32, f32, vector<3xf64>
// CHECK-NEXT:  }
func.func @sincos_results(%x: f32, %v: vector<3xf64>) -> (f32, f32, vector<3xf64>) {
  %s, %c = math.sincos %x : f32
  %vs, %vc = math.sincos %v fastmath<afn> : vector<3xf64>
  return %s, %c, %vc : f32, f32, vector<3xf64>
}

// CHECK-LABEL: func.func @fpowi_types(%arg0: f32, %arg1: i32, %arg2: vector<2xf64>, %arg3: vector<2xi64>, %arg4: index) -> (f32, vector<2xf64>, f32) {
// CHECK-NEXT:    %0 = math.fpowi %arg0, %arg1 : f32, i32
// CHECK-NEXT:    %1 = math.fpowi %arg2, %arg3 fastmath<fast> : vector<2xf64>, vector<2xi64>
// CHECK-NEXT:    %2 = math.fpowi %arg0, %arg4 : f32, index
// CHECK-NEXT:    return %0, %1, %2 : f32, vector<2xf64>, f32
// CHECK-NEXT:  }
func.func @fpowi_types(%x: f32, %n: i32, %v: vector<2xf64>, %w: vector<2xi64>, %i: index) -> (f32, vector<2xf64>, f32) {
  %0 = math.fpowi %x, %n : f32, i32
  %1 = math.fpowi %v, %w fastmath<fast> : vector<2xf64>, vector<2xi64>
  %2 = math.fpowi %x, %i : f32, index
  return %0, %1, %2 : f32, vector<2xf64>, f32
}

// CHECK-LABEL: func.func @isfinite_scalar(%arg0: f32) -> i1 {
// CHECK-NEXT:    %0 = math.isfinite %arg0 : f32
// CHECK-NEXT:    return %0 : i1
// CHECK-NEXT:  }
func.func @isfinite_scalar(%x: f32) -> i1 {
  %0 = math.isfinite %x : f32
  return %0 : i1
}

// CHECK-LABEL: func.func @isinf_vector(%arg0: vector<4xf64>) -> vector<4xi1> {
// CHECK-NEXT:    %0 = math.isinf %arg0 : vector<4xf64>
// CHECK-NEXT:    return %0 : vector<4xi1>
// CHECK-NEXT:  }
func.func @isinf_vector(%v: vector<4xf64>) -> vector<4xi1> {
  %0 = math.isinf %v : vector<4xf64>
  return %0 : vector<4xi1>
}

// CHECK-LABEL: func.func @isnan_unranked(%arg0: tensor<*xf16>) -> tensor<*xi1> {
// CHECK-NEXT:    %0 = math.isnan %arg0 : tensor<*xf16>
// CHECK-NEXT:    return %0 : tensor<*xi1>
// CHECK-NEXT:  }
func.func @isnan_unranked(%t: tensor<*xf16>) -> tensor<*xi1> {
  %0 = math.isnan %t : tensor<*xf16>
  return %0 : tensor<*xi1>
}

// CHECK-LABEL: func.func @isnormal_fastmath(%arg0: bf16, %arg1: tensor<2x?xf32>) -> (i1, tensor<2x?xi1>) {
// CHECK-NEXT:    %0 = math.isnormal %arg0 {fastmath = #arith.fastmath<nnan>} : bf16
// CHECK-NEXT:    %1 = math.isnormal %arg1 {tag} : tensor<2x?xf32>
// CHECK-NEXT:    return %0, %1 : i1, tensor<2x?xi1>
// CHECK-NEXT:  }
func.func @isnormal_fastmath(%x: bf16, %t: tensor<2x?xf32>) -> (i1, tensor<2x?xi1>) {
  %0 = math.isnormal %x {fastmath = #arith.fastmath<nnan>} : bf16
  %1 = math.isnormal %t {fastmath = #arith.fastmath<none>, tag} : tensor<2x?xf32>
  return %0, %1 : i1, tensor<2x?xi1>
}

// CHECK-LABEL: func.func @absi_scalar(%arg0: i32) -> i32 {
// CHECK-NEXT:    %0 = math.absi %arg0 : i32
// CHECK-NEXT:    return %0 : i32
// CHECK-NEXT:  }
func.func @absi_scalar(%i: i32) -> i32 {
  %0 = math.absi %i : i32
  return %0 : i32
}

// CHECK-LABEL: func.func @ctlz_index(%arg0: index) -> index {
// CHECK-NEXT:    %0 = math.ctlz %arg0 : index
// CHECK-NEXT:    return %0 : index
// CHECK-NEXT:  }
func.func @ctlz_index(%j: index) -> index {
  %0 = math.ctlz %j : index
  return %0 : index
}

// CHECK-LABEL: func.func @cttz_vector(%arg0: vector<4xi8>) -> vector<4xi8> {
// CHECK-NEXT:    %0 = math.cttz %arg0 : vector<4xi8>
// CHECK-NEXT:    return %0 : vector<4xi8>
// CHECK-NEXT:  }
func.func @cttz_vector(%v: vector<4xi8>) -> vector<4xi8> {
  %0 = math.cttz %v : vector<4xi8>
  return %0 : vector<4xi8>
}

// CHECK-LABEL: func.func @ctpop_tensor(%arg0: tensor<2xi64>) -> tensor<2xi64> {
// CHECK-NEXT:    %0 = math.ctpop %arg0 : tensor<2xi64>
// CHECK-NEXT:    return %0 : tensor<2xi64>
// CHECK-NEXT:  }
func.func @ctpop_tensor(%t: tensor<2xi64>) -> tensor<2xi64> {
  %0 = math.ctpop %t : tensor<2xi64>
  return %0 : tensor<2xi64>
}

// CHECK-LABEL: func.func @ipowi_types(%arg0: i32, %arg1: vector<4xi8>, %arg2: index) -> (i32, vector<4xi8>, index) {
// CHECK-NEXT:    %0 = math.ipowi %arg0, %arg0 : i32
// CHECK-NEXT:    %1 = math.ipowi %arg1, %arg1 : vector<4xi8>
// CHECK-NEXT:    %2 = math.ipowi %arg2, %arg2 : index
// CHECK-NEXT:    return %0, %1, %2 : i32, vector<4xi8>, index
// CHECK-NEXT:  }
func.func @ipowi_types(%i: i32, %v: vector<4xi8>, %j: index) -> (i32, vector<4xi8>, index) {
  %0 = math.ipowi %i, %i : i32
  %1 = math.ipowi %v, %v : vector<4xi8>
  %2 = math.ipowi %j, %j : index
  return %0, %1, %2 : i32, vector<4xi8>, index
}
