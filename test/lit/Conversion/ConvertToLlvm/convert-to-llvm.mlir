// RUN: dialectic-opt %s --split-input-file --convert-to-llvm | FileCheck %s

// CHECK-LABEL: llvm.func @callee(%arg0: i32, %arg1: i64) -> i32 {
// CHECK-NEXT: %0 = llvm.trunc %arg1 : i64 to i32
// CHECK-NEXT: %1 = llvm.add %arg0, %0 : i32
// CHECK-NEXT: llvm.return %1 : i32
// CHECK-NEXT: }
// CHECK-LABEL: llvm.func @caller(%arg0: i1, %arg1: i32, %arg2: f64) -> !llvm.struct<(i32, f64)> {
// CHECK-NEXT: %0 = llvm.mlir.constant(1 : index) : i64
// CHECK-NEXT: llvm.cond_br %arg0, ^bb1(%0 : i64), ^bb2
// CHECK-NEXT: ^bb1(%1: i64):
// CHECK-NEXT: %2 = llvm.call @callee(%arg1, %1) : (i32, i64) -> i32
// CHECK-NEXT: %3 = llvm.intr.sqrt(%arg2) : (f64) -> f64
// CHECK-NEXT: llvm.br ^bb3(%2, %3 : i32, f64)
// CHECK-NEXT: ^bb2:
// CHECK-NEXT: %4 = llvm.mlir.constant(5 : i64) : i64
// CHECK-NEXT: %5 = llvm.trunc %4 : i64 to i32
// CHECK-NEXT: llvm.br ^bb3(%5, %arg2 : i32, f64)
// CHECK-NEXT: ^bb3(%6: i32, %7: f64):
// CHECK-NEXT: %8 = llvm.mlir.poison : !llvm.struct<(i32, f64)>
// CHECK-NEXT: %9 = llvm.insertvalue %6, %8[0] : !llvm.struct<(i32, f64)> 
// CHECK-NEXT: %10 = llvm.insertvalue %7, %9[1] : !llvm.struct<(i32, f64)> 
// CHECK-NEXT: llvm.return %10 : !llvm.struct<(i32, f64)>
// CHECK-NEXT: }
func.func @callee(%a: i32, %b: index) -> i32 {
  %c = arith.index_cast %b : index to i32
  %d = arith.addi %a, %c : i32
  return %d : i32
}
func.func @caller(%c: i1, %a: i32, %x: f64) -> (i32, f64) {
  %one = arith.constant 1 : index
  cf.cond_br %c, ^bb1(%one : index), ^bb2
^bb1(%i: index):
  %r = func.call @callee(%a, %i) : (i32, index) -> i32
  %y = math.sqrt %x : f64
  cf.br ^bb3(%r, %y : i32, f64)
^bb2:
  %z = index.constant 5
  %zi = index.casts %z : index to i32
  cf.br ^bb3(%zi, %x : i32, f64)
^bb3(%o: i32, %p: f64):
  return %o, %p : i32, f64
}

// -----

// CHECK: llvm.func @abort()
// CHECK: llvm.func @puts(!llvm.ptr)
// CHECK: llvm.mlir.global private constant @assert_msg(dense<[108, 111, 111, 112, 32, 98, 111, 117, 110, 100, 0]> : tensor<11xi8>) {addr_space = 0 : i32} : !llvm.array<11 x i8>
// CHECK-LABEL: llvm.func @loop_assert(%arg0: i64) -> i64 {
// CHECK-NEXT: %0 = llvm.mlir.constant(0 : i64) : i64
// CHECK-NEXT: %1 = llvm.mlir.constant(1 : i64) : i64
// CHECK-NEXT: llvm.br ^bb1(%0 : i64)
// CHECK-NEXT: ^bb1(%2: i64):
// CHECK-NEXT: %3 = llvm.icmp "slt" %2, %arg0 : i64
// CHECK-NEXT: llvm.cond_br %3, ^bb2, ^bb4
// CHECK-NEXT: ^bb2:
// CHECK-NEXT: %4 = llvm.add %2, %1 : i64
// CHECK-NEXT: llvm.switch %4 : i64, ^bb1(%4 : i64) [
// CHECK-NEXT:   10: ^bb3
// CHECK-NEXT: ]
// CHECK-NEXT: ^bb3:
// CHECK-NEXT: llvm.return %4 : i64
// CHECK-NEXT: ^bb4:
// CHECK-NEXT: %5 = llvm.mlir.addressof @assert_msg : !llvm.ptr
// CHECK-NEXT: %6 = llvm.getelementptr %5[0] : (!llvm.ptr) -> !llvm.ptr, !llvm.array<11 x i8>
// CHECK-NEXT: llvm.call @puts(%6) : (!llvm.ptr) -> ()
// CHECK-NEXT: llvm.call @abort() : () -> ()
// CHECK-NEXT: llvm.unreachable
// CHECK-NEXT: }
func.func @loop_assert(%n: i64) -> i64 {
  %c0 = arith.constant 0 : i64
  %c1 = arith.constant 1 : i64
  cf.br ^bb1(%c0 : i64)
^bb1(%i: i64):
  %k = arith.cmpi slt, %i, %n : i64
  cf.assert %k, "loop bound"
  %j = arith.addi %i, %c1 : i64
  cf.switch %j : i64, [
    default: ^bb1(%j : i64),
    10: ^bb2
  ]
^bb2:
  return %j : i64
}
