// RUN: dialectic-opt %s --split-input-file --convert-cf-to-llvm | FileCheck %s

// CHECK-LABEL: func.func @branches(%arg0: i1, %arg1: index, %arg2: i32) -> index {
// CHECK-NEXT: %0 = builtin.unrealized_conversion_cast %arg1 : index to i64
// CHECK-NEXT: llvm.cond_br %arg0, ^bb1(%0 : i64), ^bb2(%arg2 : i32)
// CHECK-NEXT: ^bb1(%1: i64):
// CHECK-NEXT: llvm.br ^bb3(%1 : i64)
// CHECK-NEXT: ^bb2(%2: i32):
// CHECK-NEXT: llvm.switch %2 : i32, ^bb3(%0 : i64) [
// CHECK-NEXT:   1: ^bb1(%0 : i64),
// CHECK-NEXT:   7: ^bb3(%0 : i64)
// CHECK-NEXT: ]
// CHECK-NEXT: ^bb3(%3: i64):
// CHECK-NEXT: %4 = builtin.unrealized_conversion_cast %3 : i64 to index
// CHECK-NEXT: return %4 : index
// CHECK-NEXT: }
func.func @branches(%c: i1, %a: index, %b: i32) -> index {
  cf.cond_br %c, ^bb1(%a : index), ^bb2(%b : i32)
^bb1(%x: index):
  cf.br ^bb3(%x : index)
^bb2(%y: i32):
  cf.switch %y : i32, [
    default: ^bb3(%a : index),
    1: ^bb1(%a : index),
    7: ^bb3(%a : index)
  ]
^bb3(%z: index):
  return %z : index
}

// -----

// CHECK-LABEL: func.func @weights(%arg0: i1) {
// CHECK-NEXT: llvm.cond_br %arg0 weights([3, 5]), ^bb1, ^bb2
// CHECK-NEXT: ^bb1:
// CHECK-NEXT: return
// CHECK-NEXT: ^bb2:
// CHECK-NEXT: return
// CHECK-NEXT: }
func.func @weights(%c: i1) {
  cf.cond_br %c, ^bb1, ^bb2 {branch_weights = array<i32: 3, 5>}
^bb1:
  return
^bb2:
  return
}

// -----

// CHECK-LABEL: func.func @loop_memref(%arg0: memref<4xf32>, %arg1: index) -> memref<4xf32> {
// CHECK-NEXT: %0 = builtin.unrealized_conversion_cast %arg0 : memref<4xf32> to !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>
// CHECK-NEXT: %c0 = arith.constant 0 : index
// CHECK-NEXT: %1 = builtin.unrealized_conversion_cast %c0 : index to i64
// CHECK-NEXT: llvm.br ^bb1(%1, %0 : i64, !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>)
// CHECK-NEXT: ^bb1(%2: i64, %3: !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>):
// CHECK-NEXT: %4 = builtin.unrealized_conversion_cast %2 : i64 to index
// CHECK-NEXT: %5 = arith.cmpi slt, %4, %arg1 : index
// CHECK-NEXT: llvm.cond_br %5, ^bb2, ^bb3(%3 : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>)
// CHECK-NEXT: ^bb2:
// CHECK-NEXT: %c1 = arith.constant 1 : index
// CHECK-NEXT: %6 = arith.addi %4, %c1 : index
// CHECK-NEXT: %7 = builtin.unrealized_conversion_cast %6 : index to i64
// CHECK-NEXT: llvm.br ^bb1(%7, %3 : i64, !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>)
// CHECK-NEXT: ^bb3(%8: !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)>):
// CHECK-NEXT: %9 = builtin.unrealized_conversion_cast %8 : !llvm.struct<(ptr, ptr, i64, array<1 x i64>, array<1 x i64>)> to memref<4xf32>
// CHECK-NEXT: return %9 : memref<4xf32>
// CHECK-NEXT: }
func.func @loop_memref(%m: memref<4xf32>, %n: index) -> memref<4xf32> {
  %c0 = arith.constant 0 : index
  cf.br ^bb1(%c0, %m : index, memref<4xf32>)
^bb1(%i: index, %mm: memref<4xf32>):
  %k = arith.cmpi slt, %i, %n : index
  cf.cond_br %k, ^bb2, ^bb3(%mm : memref<4xf32>)
^bb2:
  %c1 = arith.constant 1 : index
  %j = arith.addi %i, %c1 : index
  cf.br ^bb1(%j, %mm : index, memref<4xf32>)
^bb3(%r: memref<4xf32>):
  return %r : memref<4xf32>
}

// -----

// CHECK-LABEL: func.func @switch_i8(%arg0: i8, %arg1: f64) -> f64 {
// CHECK-NEXT: llvm.switch %arg0 : i8, ^bb1(%arg1 : f64) [
// CHECK-NEXT:   -1: ^bb2,
// CHECK-NEXT:   3: ^bb2
// CHECK-NEXT: ]
// CHECK-NEXT: ^bb1(%0: f64):
// CHECK-NEXT: return %0 : f64
// CHECK-NEXT: ^bb2:
// CHECK-NEXT: return %arg1 : f64
// CHECK-NEXT: }
func.func @switch_i8(%f: i8, %a: f64) -> f64 {
  cf.switch %f : i8, [
    default: ^bb1(%a : f64),
    -1: ^bb2,
    3: ^bb2
  ]
^bb1(%x: f64):
  return %x : f64
^bb2:
  return %a : f64
}

// -----

// CHECK-LABEL: func.func @self_loop(%arg0: i64) -> i64 {
// CHECK-NEXT: llvm.br ^bb1(%arg0 : i64)
// CHECK-NEXT: ^bb1(%0: i64):
// CHECK-NEXT: %1 = arith.cmpi slt, %0, %arg0 : i64
// CHECK-NEXT: llvm.cond_br %1, ^bb1(%0 : i64), ^bb2
// CHECK-NEXT: ^bb2:
// CHECK-NEXT: return %0 : i64
// CHECK-NEXT: }
func.func @self_loop(%a: i64) -> i64 {
  cf.br ^bb1(%a : i64)
^bb1(%x: i64):
  %c = arith.cmpi slt, %x, %a : i64
  cf.cond_br %c, ^bb1(%x : i64), ^bb2
^bb2:
  return %x : i64
}
