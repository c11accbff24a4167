// RUN: dialectic-opt %s --split-input-file --convert-index-to-llvm | FileCheck %s

// The lowering of each index op to the llvm dialect. The CHECK lines are what mlir-opt-22 --convert-index-to-llvm prints
// for this file (casts of block arguments in any order).

// Binary ops become the llvm op of the same meaning on the converted index type.
// CHECK-LABEL: func.func @binary(%arg0: index, %arg1: index) -> (index, index, index, index, index, index, index, index) {
// CHECK-DAG: %[[C0:.*]] = builtin.unrealized_conversion_cast %arg1 : index to i64
// CHECK-DAG: %[[C1:.*]] = builtin.unrealized_conversion_cast %arg0 : index to i64
// CHECK: %2 = llvm.add %[[C1]], %[[C0]] : i64
// CHECK-NEXT: %3 = builtin.unrealized_conversion_cast %2 : i64 to index
// CHECK-NEXT: %4 = llvm.sub %[[C1]], %[[C0]] : i64
// CHECK-NEXT: %5 = builtin.unrealized_conversion_cast %4 : i64 to index
// CHECK-NEXT: %6 = llvm.mul %[[C1]], %[[C0]] : i64
// CHECK-NEXT: %7 = builtin.unrealized_conversion_cast %6 : i64 to index
// CHECK-NEXT: %8 = llvm.sdiv %[[C1]], %[[C0]] : i64
// CHECK-NEXT: %9 = builtin.unrealized_conversion_cast %8 : i64 to index
// CHECK-NEXT: %10 = llvm.udiv %[[C1]], %[[C0]] : i64
// CHECK-NEXT: %11 = builtin.unrealized_conversion_cast %10 : i64 to index
// CHECK-NEXT: %12 = llvm.srem %[[C1]], %[[C0]] : i64
// CHECK-NEXT: %13 = builtin.unrealized_conversion_cast %12 : i64 to index
// CHECK-NEXT: %14 = llvm.urem %[[C1]], %[[C0]] : i64
// CHECK-NEXT: %15 = builtin.unrealized_conversion_cast %14 : i64 to index
// CHECK-NEXT: %16 = llvm.shl %[[C1]], %[[C0]] : i64
// CHECK-NEXT: %17 = builtin.unrealized_conversion_cast %16 : i64 to index
// CHECK-NEXT: return %3, %5, %7, %9, %11, %13, %15, %17 : index, index, index, index, index, index, index, index
// CHECK-NEXT: }
func.func @binary(%a: index, %b: index) -> (index, index, index, index, index, index, index, index) {
  %0 = index.add %a, %b
  %1 = index.sub %a, %b
  %2 = index.mul %a, %b
  %3 = index.divs %a, %b
  %4 = index.divu %a, %b
  %5 = index.rems %a, %b
  %6 = index.remu %a, %b
  %7 = index.shl %a, %b
  return %0, %1, %2, %3, %4, %5, %6, %7 : index, index, index, index, index, index, index, index
}

// CHECK-LABEL: func.func @bitwise_minmax(%arg0: index, %arg1: index) -> (index, index, index, index, index, index, index, index, index) {
// CHECK-DAG: %[[C0:.*]] = builtin.unrealized_conversion_cast %arg1 : index to i64
// CHECK-DAG: %[[C1:.*]] = builtin.unrealized_conversion_cast %arg0 : index to i64
// CHECK: %2 = llvm.ashr %[[C1]], %[[C0]] : i64
// CHECK-NEXT: %3 = builtin.unrealized_conversion_cast %2 : i64 to index
// CHECK-NEXT: %4 = llvm.lshr %[[C1]], %[[C0]] : i64
// CHECK-NEXT: %5 = builtin.unrealized_conversion_cast %4 : i64 to index
// CHECK-NEXT: %6 = llvm.and %[[C1]], %[[C0]] : i64
// CHECK-NEXT: %7 = builtin.unrealized_conversion_cast %6 : i64 to index
// CHECK-NEXT: %8 = llvm.or %[[C1]], %[[C0]] : i64
// CHECK-NEXT: %9 = builtin.unrealized_conversion_cast %8 : i64 to index
// CHECK-NEXT: %10 = llvm.xor %[[C1]], %[[C0]] : i64
// CHECK-NEXT: %11 = builtin.unrealized_conversion_cast %10 : i64 to index
// CHECK-NEXT: %12 = llvm.intr.smax(%[[C1]], %[[C0]]) : (i64, i64) -> i64
// CHECK-NEXT: %13 = builtin.unrealized_conversion_cast %12 : i64 to index
// CHECK-NEXT: %14 = llvm.intr.smin(%[[C1]], %[[C0]]) : (i64, i64) -> i64
// CHECK-NEXT: %15 = builtin.unrealized_conversion_cast %14 : i64 to index
// CHECK-NEXT: %16 = llvm.intr.umax(%[[C1]], %[[C0]]) : (i64, i64) -> i64
// CHECK-NEXT: %17 = builtin.unrealized_conversion_cast %16 : i64 to index
// CHECK-NEXT: %18 = llvm.intr.umin(%[[C1]], %[[C0]]) : (i64, i64) -> i64
// CHECK-NEXT: %19 = builtin.unrealized_conversion_cast %18 : i64 to index
// CHECK-NEXT: return %3, %5, %7, %9, %11, %13, %15, %17, %19 : index, index, index, index, index, index, index, index, index
// CHECK-NEXT: }
func.func @bitwise_minmax(%a: index, %b: index) -> (index, index, index, index, index, index, index, index, index) {
  %0 = index.shrs %a, %b
  %1 = index.shru %a, %b
  %2 = index.and %a, %b
  %3 = index.or %a, %b
  %4 = index.xor %a, %b
  %5 = index.maxs %a, %b
  %6 = index.mins %a, %b
  %7 = index.maxu %a, %b
  %8 = index.minu %a, %b
  return %0, %1, %2, %3, %4, %5, %6, %7, %8 : index, index, index, index, index, index, index, index, index
}

// -----

// The rounding divisions expand into llvm ops.
// CHECK-LABEL: func.func @ceildivs(%arg0: index, %arg1: index) -> index {
// CHECK-DAG: %[[C0:.*]] = builtin.unrealized_conversion_cast %arg1 : index to i64
// CHECK-DAG: %[[C1:.*]] = builtin.unrealized_conversion_cast %arg0 : index to i64
// CHECK: %2 = llvm.mlir.constant(0 : i64) : i64
// CHECK-NEXT: %3 = llvm.mlir.constant(1 : i64) : i64
// CHECK-NEXT: %4 = llvm.mlir.constant(-1 : i64) : i64
// CHECK-NEXT: %5 = llvm.icmp "sgt" %[[C0]], %2 : i64
// CHECK-NEXT: %6 = llvm.select %5, %4, %3 : i1, i64
// CHECK-NEXT: %7 = llvm.add %[[C1]], %6 : i64
// CHECK-NEXT: %8 = llvm.sdiv %7, %[[C0]] : i64
// CHECK-NEXT: %9 = llvm.add %8, %3 : i64
// CHECK-NEXT: %10 = llvm.sub %2, %[[C1]] : i64
// CHECK-NEXT: %11 = llvm.sdiv %10, %[[C0]] : i64
// CHECK-NEXT: %12 = llvm.sub %2, %11 : i64
// CHECK-NEXT: %13 = llvm.icmp "sgt" %[[C1]], %2 : i64
// CHECK-NEXT: %14 = llvm.icmp "eq" %13, %5 : i1
// CHECK-NEXT: %15 = llvm.icmp "ne" %[[C1]], %2 : i64
// CHECK-NEXT: %16 = llvm.and %14, %15 : i1
// CHECK-NEXT: %17 = llvm.select %16, %9, %12 : i1, i64
// CHECK-NEXT: %18 = builtin.unrealized_conversion_cast %17 : i64 to index
// CHECK-NEXT: return %18 : index
// CHECK-NEXT: }
func.func @ceildivs(%a: index, %b: index) -> index {
  %0 = index.ceildivs %a, %b
  return %0 : index
}

// CHECK-LABEL: func.func @ceildivu(%arg0: index, %arg1: index) -> index {
// CHECK-DAG: %[[C0:.*]] = builtin.unrealized_conversion_cast %arg1 : index to i64
// CHECK-DAG: %[[C1:.*]] = builtin.unrealized_conversion_cast %arg0 : index to i64
// CHECK: %2 = llvm.mlir.constant(0 : i64) : i64
// CHECK-NEXT: %3 = llvm.mlir.constant(1 : i64) : i64
// CHECK-NEXT: %4 = llvm.sub %[[C1]], %3 : i64
// CHECK-NEXT: %5 = llvm.udiv %4, %[[C0]] : i64
// CHECK-NEXT: %6 = llvm.add %5, %3 : i64
// CHECK-NEXT: %7 = llvm.icmp "eq" %[[C1]], %2 : i64
// CHECK-NEXT: %8 = llvm.select %7, %2, %6 : i1, i64
// CHECK-NEXT: %9 = builtin.unrealized_conversion_cast %8 : i64 to index
// CHECK-NEXT: return %9 : index
// CHECK-NEXT: }
func.func @ceildivu(%a: index, %b: index) -> index {
  %0 = index.ceildivu %a, %b
  return %0 : index
}

// CHECK-LABEL: func.func @floordivs(%arg0: index, %arg1: index) -> index {
// CHECK-DAG: %[[C0:.*]] = builtin.unrealized_conversion_cast %arg1 : index to i64
// CHECK-DAG: %[[C1:.*]] = builtin.unrealized_conversion_cast %arg0 : index to i64
// CHECK: %2 = llvm.mlir.constant(0 : i64) : i64
// CHECK-NEXT: %3 = llvm.mlir.constant(1 : i64) : i64
// CHECK-NEXT: %4 = llvm.mlir.constant(-1 : i64) : i64
// CHECK-NEXT: %5 = llvm.icmp "slt" %[[C0]], %2 : i64
// CHECK-NEXT: %6 = llvm.select %5, %3, %4 : i1, i64
// CHECK-NEXT: %7 = llvm.sub %6, %[[C1]] : i64
// CHECK-NEXT: %8 = llvm.sdiv %7, %[[C0]] : i64
// CHECK-NEXT: %9 = llvm.sub %4, %8 : i64
// CHECK-NEXT: %10 = llvm.sdiv %[[C1]], %[[C0]] : i64
// CHECK-NEXT: %11 = llvm.icmp "slt" %[[C1]], %2 : i64
// CHECK-NEXT: %12 = llvm.icmp "ne" %11, %5 : i1
// CHECK-NEXT: %13 = llvm.icmp "ne" %[[C1]], %2 : i64
// CHECK-NEXT: %14 = llvm.and %12, %13 : i1
// CHECK-NEXT: %15 = llvm.select %14, %9, %10 : i1, i64
// CHECK-NEXT: %16 = builtin.unrealized_conversion_cast %15 : i64 to index
// CHECK-NEXT: return %16 : index
// CHECK-NEXT: }
func.func @floordivs(%a: index, %b: index) -> index {
  %0 = index.floordivs %a, %b
  return %0 : index
}

// -----

// Comparisons, casts and constants.
// CHECK-LABEL: func.func @cmp(%arg0: index, %arg1: index) -> (i1, i1, i1) {
// CHECK-DAG: %[[C0:.*]] = builtin.unrealized_conversion_cast %arg1 : index to i64
// CHECK-DAG: %[[C1:.*]] = builtin.unrealized_conversion_cast %arg0 : index to i64
// CHECK: %2 = llvm.icmp "slt" %[[C1]], %[[C0]] : i64
// CHECK-NEXT: %3 = llvm.icmp "uge" %[[C1]], %[[C0]] : i64
// CHECK-NEXT: %4 = llvm.icmp "eq" %[[C1]], %[[C0]] : i64
// CHECK-NEXT: return %2, %3, %4 : i1, i1, i1
// CHECK-NEXT: }
func.func @cmp(%a: index, %b: index) -> (i1, i1, i1) {
  %0 = index.cmp slt(%a, %b)
  %1 = index.cmp uge(%a, %b)
  %2 = index.cmp eq(%a, %b)
  return %0, %1, %2 : i1, i1, i1
}

// CHECK-LABEL: func.func @casts(%arg0: index, %arg1: i32, %arg2: i64, %arg3: i8) -> (i32, index, i64, index, index, i8) {
// CHECK-DAG: %[[C0:.*]] = builtin.unrealized_conversion_cast %arg2 : i64 to index
// CHECK-DAG: %[[C1:.*]] = builtin.unrealized_conversion_cast %arg0 : index to i64
// CHECK: %2 = llvm.trunc %[[C1]] : i64 to i32
// CHECK-NEXT: %3 = llvm.sext %arg1 : i32 to i64
// CHECK-NEXT: %4 = builtin.unrealized_conversion_cast %3 : i64 to index
// CHECK-NEXT: %5 = llvm.zext %arg3 : i8 to i64
// CHECK-NEXT: %6 = builtin.unrealized_conversion_cast %5 : i64 to index
// CHECK-NEXT: %7 = llvm.trunc %[[C1]] : i64 to i8
// CHECK-NEXT: return %2, %4, %[[C1]], %6, %[[C0]], %7 : i32, index, i64, index, index, i8
// CHECK-NEXT: }
func.func @casts(%a: index, %i: i32, %j: i64, %k: i8) -> (i32, index, i64, index, index, i8) {
  %0 = index.casts %a : index to i32
  %1 = index.casts %i : i32 to index
  %2 = index.castu %a : index to i64
  %3 = index.castu %k : i8 to index
  %4 = index.casts %j : i64 to index
  %5 = index.castu %a : index to i8
  return %0, %1, %2, %3, %4, %5 : i32, index, i64, index, index, i8
}

// CHECK-LABEL: func.func @constants() -> (index, index, i1, i1, index) {
// CHECK-NEXT: %0 = llvm.mlir.constant(42 : i64) : i64
// CHECK-NEXT: %1 = builtin.unrealized_conversion_cast %0 : i64 to index
// CHECK-NEXT: %2 = llvm.mlir.constant(-1 : i64) : i64
// CHECK-NEXT: %3 = builtin.unrealized_conversion_cast %2 : i64 to index
// CHECK-NEXT: %4 = llvm.mlir.constant(true) : i1
// CHECK-NEXT: %5 = llvm.mlir.constant(false) : i1
// CHECK-NEXT: %6 = llvm.mlir.constant(64 : i64) : i64
// CHECK-NEXT: %7 = builtin.unrealized_conversion_cast %6 : i64 to index
// CHECK-NEXT: return %1, %3, %4, %5, %7 : index, index, i1, i1, index
// CHECK-NEXT: }
func.func @constants() -> (index, index, i1, i1, index) {
  %0 = index.constant 42
  %1 = index.constant -1
  %2 = index.bool.constant true
  %3 = index.bool.constant false
  %4 = index.sizeof
  return %0, %1, %2, %3, %4 : index, index, i1, i1, index
}
