// RUN: dialectic-opt %s --split-input-file --verify-diagnostics

// Verifier errors of the math ops; each case also passes mlir-opt-22 --verify-diagnostics.

func.func @absf_integer(%a: i32) {
  // expected-error@+1 {{'math.absf' op operand #0 must be floating-point-like, but got 'i32'}}
  %0 = math.absf %a : i32
  return
}

// -----

func.func @ctlz_float(%a: f32) {
  // expected-error@+1 {{'math.ctlz' op operand #0 must be signless-integer-like, but got 'f32'}}
  %0 = math.ctlz %a : f32
  return
}

// -----

func.func @absf_result_type(%a: f32) {
  // expected-error@+1 {{'math.absf' op requires the same type for all operands and results}}
  %0 = "math.absf"(%a) : (f32) -> f64
  return
}

// -----

func.func @copysign_operand_types(%a: f32, %b: f64) {
  // expected-error@+1 {{'math.copysign' op requires the same type for all operands and results}}
  %0 = "math.copysign"(%a, %b) : (f32, f64) -> f32
  return
}

// -----

func.func @clampf_result_type(%a: f32, %b: f32) {
  // expected-error@+1 {{'math.clampf' op requires the same type for all operands and results}}
  %0 = "math.clampf"(%a, %b, %b) : (f32, f32, f32) -> f64
  return
}

// -----

func.func @isnan_integer(%a: i32) {
  // expected-error@+1 {{'math.isnan' op operand #0 must be floating-point-like, but got 'i32'}}
  %0 = "math.isnan"(%a) : (i32) -> i1
  return
}

// -----

func.func @isinf_result_not_bool(%a: f32) {
  // expected-error@+1 {{'math.isinf' op result #0 must be bool-like, but got 'f32'}}
  %0 = "math.isinf"(%a) : (f32) -> f32
  return
}

// -----

func.func @isfinite_result_shape(%a: f32) {
  // expected-error@+1 {{'math.isfinite' op failed to verify that result type has i1 element type and same shape as operands}}
  %0 = "math.isfinite"(%a) : (f32) -> vector<2xi1>
  return
}

// -----

func.func @isnormal_result_rank(%a: tensor<*xf32>) {
  // expected-error@+1 {{'math.isnormal' op failed to verify that result type has i1 element type and same shape as operands}}
  %0 = "math.isnormal"(%a) : (tensor<*xf32>) -> tensor<2xi1>
  return
}

// -----

func.func @sincos_result_types(%a: f32) {
  // expected-error@+1 {{'math.sincos' op failed to verify that all of {operand, sin, cos} have same type}}
  %0:2 = "math.sincos"(%a) : (f32) -> (f32, f64)
  return
}

// -----

func.func @fpowi_result_type(%a: f32, %b: i32) {
  // expected-error@+1 {{'math.fpowi' op failed to verify that all of {lhs, result} have same type}}
  %0 = "math.fpowi"(%a, %b) : (f32, i32) -> f64
  return
}

// -----

func.func @fpowi_power_float(%a: f32, %b: f32) {
  // expected-error@+1 {{'math.fpowi' op operand #1 must be signless-integer-like, but got 'f32'}}
  %0 = "math.fpowi"(%a, %b) : (f32, f32) -> f32
  return
}

// -----

func.func @fpowi_scalar_power_of_vector(%a: vector<2xf32>, %b: i32) {
  // expected-error@+1 {{'math.fpowi' op requires the same shape for all operands and results}}
  %0 = math.fpowi %a, %b : vector<2xf32>, i32
  return
}

// -----

func.func @fpowi_shape_mismatch(%a: vector<2xf32>, %b: vector<3xi32>) {
  // expected-error@+1 {{'math.fpowi' op requires the same shape for all operands and results}}
  %0 = math.fpowi %a, %b : vector<2xf32>, vector<3xi32>
  return
}

// -----

func.func @fpowi_tensor_vector(%a: tensor<2xf32>, %b: vector<2xi32>) {
  // expected-error@+1 {{'math.fpowi' op all non-scalar operands/results must have the same shape and base type}}
  %0 = math.fpowi %a, %b : tensor<2xf32>, vector<2xi32>
  return
}

// -----

func.func @fpowi_unranked_ranked(%a: tensor<*xf32>, %b: tensor<2xi32>) {
  // expected-error@+1 {{'math.fpowi' op all non-scalar operands/results must have the same shape and base type}}
  %0 = math.fpowi %a, %b : tensor<*xf32>, tensor<2xi32>
  return
}

// -----

func.func @absf_bad_fastmath_property(%a: f32) {
  // expected-error@+1 {{invalid properties {fastmath = 1 : i32} for op math.absf: Invalid attribute `fastmath` in property conversion: 1 : i32}}
  %0 = "math.absf"(%a) <{fastmath = 1 : i32}> : (f32) -> f32
  return
}
