// RUN: dialectic-opt %s --canonicalize --split-input-file | FileCheck %s

// func.call_indirect of a func.constant becomes func.call; func.constant folds (and is deduplicated).
// The expected output is mlir-opt-22 --canonicalize's, byte for byte.

// CHECK-LABEL: func.func private @callee(i32) -> i32
func.func private @callee(i32) -> i32

// CHECK-LABEL: func.func @indirect_const(%arg0: i32) -> i32 {
// CHECK-NEXT:    %0 = call @callee(%arg0) : (i32) -> i32
// CHECK-NEXT:    return %0 : i32
// CHECK-NEXT:  }
func.func @indirect_const(%arg0: i32) -> i32 {
  %f = func.constant @callee : (i32) -> i32
  %0 = func.call_indirect %f(%arg0) : (i32) -> i32
  return %0 : i32
}

// CHECK-LABEL: func.func @unused_const() {
// CHECK-NEXT:    return
// CHECK-NEXT:  }
func.func @unused_const() {
  %f = func.constant @callee : (i32) -> i32
  return
}

// CHECK-LABEL: func.func @const_passed(%arg0: i32) -> ((i32) -> i32) {
// CHECK-NEXT:    %f = constant @callee : (i32) -> i32
// CHECK-NEXT:    %0 = call @callee(%arg0) : (i32) -> i32
// CHECK-NEXT:    return %f : (i32) -> i32
// CHECK-NEXT:  }
func.func @const_passed(%arg0: i32) -> ((i32) -> i32) {
  %f = func.constant @callee : (i32) -> i32
  %g = func.constant @callee : (i32) -> i32
  %0 = func.call_indirect %g(%arg0) : (i32) -> i32
  return %f : (i32) -> i32
}
