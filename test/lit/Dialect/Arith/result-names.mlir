// RUN: dialectic-opt --allow-unregistered-dialect %s | FileCheck %s

// Result names that need another dialect: an index `muli` of a constant and `vector.vscale` is %c<N>_vscale, in
// either operand order (here the vscale op is unregistered; mlir-opt prints it in custom form).

// CHECK-LABEL: func.func @muli_vscale() -> (index, index, index) {
// CHECK-NEXT:    %c4 = arith.constant 4 : index
// CHECK-NEXT:    %0 = "vector.vscale"() : () -> index
// CHECK-NEXT:    %c4_vscale = arith.muli %c4, %0 : index
// CHECK-NEXT:    %c4_vscale_0 = arith.muli %0, %c4 : index
// CHECK-NEXT:    %1 = arith.muli %0, %0 : index
// CHECK-NEXT:    return %c4_vscale, %c4_vscale_0, %1 : index, index, index
// CHECK-NEXT:  }
func.func @muli_vscale() -> (index, index, index) {
  %c4 = arith.constant 4 : index
  %vs = "vector.vscale"() : () -> index
  %0 = arith.muli %c4, %vs : index
  %1 = arith.muli %vs, %c4 : index
  %2 = arith.muli %vs, %vs : index
  return %0, %1, %2 : index, index, index
}
