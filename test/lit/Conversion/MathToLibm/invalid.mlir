// RUN: dialectic-opt %s --split-input-file --convert-math-to-libm --verify-diagnostics

// Every math op is illegal for convert-math-to-libm: one libm has no function for fails the pass, as upstream
// (`mlir-opt-22 --convert-math-to-libm` reports the same error; the notes saying why are ours).

func.func @copysign(%a: f32) -> f32 {
  // expected-error@+2 {{failed to legalize operation 'math.copysign' that was explicitly marked illegal}}
  // expected-note@+1 {{no pattern matched}}
  %0 = math.copysign %a, %a : f32
  return %0 : f32
}

// -----

// A vector is not unrolled here (upstream unrolls it into scalar calls with the vector dialect).

func.func @vector(%a: vector<2xf32>) -> vector<2xf32> {
  // expected-error@+3 {{failed to legalize operation 'math.tan' that was explicitly marked illegal}}
  // expected-note@+2 {{pattern 'LibmCallLowering' failed: expected an f32 or f64 result}}
  // expected-note@+1 {{pattern 'PromoteToF32Lowering' failed: expected an f16 or bf16 result}}
  %0 = math.tan %a : vector<2xf32>
  return %0 : vector<2xf32>
}
