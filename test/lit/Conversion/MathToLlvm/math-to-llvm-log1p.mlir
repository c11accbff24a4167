// RUN: dialectic-opt %s --split-input-file --convert-math-to-llvm=approximate-log1p=false | FileCheck %s

// Without approximate-log1p, log1p stays.
// CHECK-LABEL: func.func @log1p(%arg0: f32) -> f32 {
// CHECK-NEXT: %0 = math.log1p %arg0 : f32
// CHECK-NEXT: return %0 : f32
// CHECK-NEXT: }
func.func @log1p(%a: f32) -> f32 {
  %0 = math.log1p %a : f32
  return %0 : f32
}
