// RUN: dialectic-opt %s -symbol-privatize=exclude=kept_public | FileCheck %s
// RUN: dialectic-opt %s -symbol-privatize | FileCheck %s --check-prefix=ALL

// CHECK-LABEL: module
// CHECK: func.func private @made_private
// ALL: func.func private @made_private
func.func @made_private() {
  return
}
// CHECK: func.func @kept_public
// ALL: func.func private @kept_public
func.func @kept_public() {
  return
}
// CHECK: func.func private @already_private
func.func private @already_private()
// CHECK: memref.global "private" @g
memref.global @g : memref<4xi32> = dense<0>
// CHECK: module @nested attributes {sym_visibility = "private"}
module @nested {
  // CHECK: func.func @inner_untouched
  func.func @inner_untouched() {
    return
  }
}
