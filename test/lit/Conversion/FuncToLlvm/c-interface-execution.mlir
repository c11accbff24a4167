// RUN: dialectic-opt %s --lower-to-llvm | dialectic-run - -e main -entry-point-result=i64 | FileCheck %s

// llvm.emit_c_interface on a declaration: the runtime's printMemrefF32 is reached through
// _mlir_ciface_printMemrefF32 with a pointer to the unranked descriptor.
// CHECK: Unranked Memref base@ = {{.*}} rank = 2 offset = 0 sizes = [2, 2] strides = [2, 1] data =
// CHECK-NEXT: {{\[}}[2.5,   2.5],
// CHECK-NEXT: [2.5,   2.5]]
// CHECK-NEXT: {{^}}7{{$}}

func.func private @printMemrefF32(memref<*xf32>) attributes {llvm.emit_c_interface}
func.func @main() -> i64 {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %f = arith.constant 2.5 : f32
  %m = memref.alloc() : memref<2x2xf32>
  memref.store %f, %m[%c0, %c1] : memref<2x2xf32>
  memref.store %f, %m[%c1, %c0] : memref<2x2xf32>
  memref.store %f, %m[%c0, %c0] : memref<2x2xf32>
  memref.store %f, %m[%c1, %c1] : memref<2x2xf32>
  %u = memref.cast %m : memref<2x2xf32> to memref<*xf32>
  call @printMemrefF32(%u) : (memref<*xf32>) -> ()
  %r = arith.constant 7 : i64
  return %r : i64
}
