// RUN: dialectic-opt --test-constant-fold %s | FileCheck %s

// The index folders; the folded values are mlir-opt-22 --canonicalize's. A fold happens only when the 32-bit
// and the 64-bit computations agree, since the index width is the target's.

// CHECK-LABEL: func.func @add_constants
// CHECK-NEXT:    %[[C:.+]] = index.constant 42
// CHECK-NEXT:    return %[[C]] : index
func.func @add_constants() -> index {
  %a = index.constant 40
  %b = index.constant 2
  %0 = index.add %a, %b
  return %0 : index
}

// CHECK-LABEL: func.func @add_zero
// CHECK-NEXT:    return %arg0 : index
func.func @add_zero(%x: index) -> index {
  %z = index.constant 0
  %0 = index.add %x, %z
  return %0 : index
}

// CHECK-LABEL: func.func @mul_wraps
// CHECK-NEXT:    %[[C:.+]] = index.constant 0
// CHECK-NEXT:    return %[[C]] : index
func.func @mul_wraps() -> index {
  %a = index.constant 4294967296
  %b = index.constant 4294967296
  %0 = index.mul %a, %b
  return %0 : index
}

// -1 / 2 is 0x7FFF... in 64 bits but 0x7FFFFFFF in 32: no fold. 6 / 2 folds.
// CHECK-LABEL: func.func @divu_width_dependent
// CHECK-DAG:     %[[M1:.+]] = index.constant -1
// CHECK-DAG:     %[[C2:.+]] = index.constant 2
// CHECK-DAG:     %[[C3:.+]] = index.constant 3
// CHECK:         %[[D:.+]] = index.divu %[[M1]], %[[C2]]
// CHECK-NEXT:    return %[[D]], %[[C3]] : index, index
func.func @divu_width_dependent() -> (index, index) {
  %a = index.constant -1
  %b = index.constant 2
  %0 = index.divu %a, %b
  %c = index.constant 6
  %1 = index.divu %c, %b
  return %0, %1 : index, index
}

// CHECK-LABEL: func.func @ceildivs_floordivs
// CHECK-DAG:     %[[CEIL:.+]] = index.constant -3
// CHECK-DAG:     %[[FLOOR:.+]] = index.constant -4
// CHECK:         return %[[CEIL]], %[[FLOOR]] : index, index
func.func @ceildivs_floordivs() -> (index, index) {
  %a = index.constant 7
  %b = index.constant -2
  %0 = index.ceildivs %a, %b
  %1 = index.floordivs %a, %b
  return %0, %1 : index, index
}

// Shifting by 32 or more is poison on a 32-bit target: no fold.
// CHECK-LABEL: func.func @shl_large_amount
// CHECK-DAG:     %[[C1:.+]] = index.constant 1
// CHECK-DAG:     %[[C32:.+]] = index.constant 32
// CHECK-DAG:     %[[BIG:.+]] = index.constant 2147483648
// CHECK:         %[[S:.+]] = index.shl %[[C1]], %[[C32]]
// CHECK-NEXT:    return %[[S]], %[[BIG]] : index, index
func.func @shl_large_amount() -> (index, index) {
  %a = index.constant 1
  %b = index.constant 32
  %0 = index.shl %a, %b
  %c = index.constant 31
  %1 = index.shl %a, %c
  return %0, %1 : index, index
}

// 5 < 2^32 in 64 bits but not in 32 (2^32 truncates to 0): no fold.
// CHECK-LABEL: func.func @cmp_constants
// CHECK-DAG:     %[[C5:.+]] = index.constant 5
// CHECK-DAG:     %[[BIG:.+]] = index.constant 4294967296
// CHECK-DAG:     %[[FALSE:false.*]] = index.bool.constant false
// CHECK:         %[[R:.+]] = index.cmp slt(%[[C5]], %[[BIG]])
// CHECK-NEXT:    return %[[R]], %[[FALSE]] : i1, i1
func.func @cmp_constants() -> (i1, i1) {
  %a = index.constant 5
  %b = index.constant 4294967296
  %0 = index.cmp slt(%a, %b)
  %1 = index.cmp ult(%a, %a)
  return %0, %1 : i1, i1
}

// maxs(x, 10) > 5 for every x.
// CHECK-LABEL: func.func @cmp_max_bound
// CHECK:         %[[TRUE:true.*]] = index.bool.constant true
// CHECK:         return %[[TRUE]] : i1
func.func @cmp_max_bound(%x: index) -> i1 {
  %a = index.constant 10
  %b = index.constant 5
  %m = index.maxs %x, %a
  %0 = index.cmp sgt(%m, %b)
  return %0 : i1
}

// CHECK-LABEL: func.func @cmp_same_operand
// CHECK-DAG:     %[[TRUE:true.*]] = index.bool.constant true
// CHECK-DAG:     %[[FALSE:false.*]] = index.bool.constant false
// CHECK:         return %[[TRUE]], %[[FALSE]] : i1, i1
func.func @cmp_same_operand(%x: index) -> (i1, i1) {
  %0 = index.cmp sle(%x, %x)
  %1 = index.cmp ne(%x, %x)
  return %0, %1 : i1, i1
}
